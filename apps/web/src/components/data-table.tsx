import { useId, useState, type ReactNode } from 'react';

export interface Column<T> {
  /** Stable name, written to each cell's `data-column`. */
  key: string;
  header: ReactNode;
  numeric?: boolean;
  /** The first column usually names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  /** Keep the cell on one line (short labels such as "Q1 2013-14"). */
  nowrap?: boolean;
  /** The raw value behind the cell, written to `data-value`. */
  value?: (row: T) => string | number | boolean | null | undefined;
  render: (row: T) => ReactNode;
}

interface DataTableProps<T> {
  caption: ReactNode;
  /** Visually hide the caption (it stays for screen readers) when a heading already names it. */
  captionHidden?: boolean;
  captionSize?: 's' | 'm' | 'l';
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowTestId?: (row: T) => string;
  empty?: ReactNode;
  /**
   * Show only the first `limit` rows, with a button that shows them all (one click away), so a
   * long table does not bury what follows it. The full table is also in the page's CSV.
   */
  limit?: number;
}

/**
 * A GOV.UK table with a caption and scoped headers. Wide tables scroll sideways inside a
 * focusable, labelled region so keyboard users can scroll them too.
 */
export function DataTable<T>({
  caption,
  captionHidden = false,
  captionSize = 'm',
  columns,
  rows,
  rowKey,
  rowTestId,
  empty,
  limit,
}: DataTableProps<T>) {
  const captionId = useId();
  const [showAll, setShowAll] = useState(false);
  if (rows.length === 0 && empty) {
    return <p className="govuk-body">{empty}</p>;
  }
  const limited = limit !== undefined && rows.length > limit;
  const shown = limited && !showAll ? rows.slice(0, limit) : rows;
  const captionClass = captionHidden
    ? 'govuk-table__caption govuk-visually-hidden'
    : `govuk-table__caption govuk-table__caption--${captionSize}`;
  return (
    <>
      <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="govuk-table">
          <caption className={captionClass} id={captionId}>
            {caption}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={`govuk-table__header${column.numeric ? ' govuk-table__header--numeric' : ''}`}
                >
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((row) => (
              <tr key={rowKey(row)} className="govuk-table__row" data-testid={rowTestId?.(row)}>
                {columns.map((column) => {
                  const raw = column.value?.(row);
                  const common = {
                    'data-column': column.key,
                    'data-value': raw === undefined ? undefined : raw === null ? '' : String(raw),
                  };
                  return column.rowHeader ? (
                    <th
                      key={column.key}
                      scope="row"
                      className={`govuk-table__header${column.nowrap ? ' app-nowrap-cell' : ''}`}
                      {...common}
                    >
                      {column.render(row)}
                    </th>
                  ) : (
                    <td
                      key={column.key}
                      className={`govuk-table__cell${column.numeric ? ' govuk-table__cell--numeric' : ''}`}
                      {...common}
                    >
                      {column.render(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {limited ? (
        <p className="govuk-body app-table-more">
          <span className="app-secondary-text" data-testid="table-shown-count">
            Showing {shown.length.toLocaleString('en-GB')} of {rows.length.toLocaleString('en-GB')}{' '}
            rows.
          </span>{' '}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            aria-expanded={showAll}
            onClick={() => setShowAll((v) => !v)}
            data-testid="table-show-all"
          >
            {showAll ? 'Show fewer rows' : `Show all ${rows.length.toLocaleString('en-GB')} rows`}
          </button>
        </p>
      ) : null}
    </>
  );
}

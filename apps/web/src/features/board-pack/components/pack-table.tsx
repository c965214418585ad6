// A plain GOV.UK table for the printed pack: caption, scoped headers, the first column as the row
// header and an optional total row. Unlike the shared DataTable it has no scrolling, focusable
// region, which has no meaning on paper.
import type { ReactNode } from 'react';

export interface PackColumn<T> {
  header: ReactNode;
  numeric?: boolean;
  cell: (row: T) => ReactNode;
}

interface PackTableProps<T> {
  testId: string;
  caption: ReactNode;
  columns: readonly PackColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Cells of a "Total" row after its header, one per column but the first. */
  total?: readonly ReactNode[];
}

export function PackTable<T>({ testId, caption, columns, rows, rowKey, total }: PackTableProps<T>) {
  const [first, ...rest] = columns;
  const numericClass = (numeric: boolean | undefined, base: string) =>
    numeric ? `${base} ${base}--numeric` : base;
  return (
    <table className="govuk-table app-board-pack__table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column, index) => (
            <th
              key={index}
              scope="col"
              className={numericClass(column.numeric, 'govuk-table__header')}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={rowKey(row)} data-row-key={rowKey(row)}>
            <th scope="row" className="govuk-table__header">
              {first?.cell(row)}
            </th>
            {rest.map((column, index) => (
              <td key={index} className={numericClass(column.numeric, 'govuk-table__cell')}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {total ? (
          <tr className="govuk-table__row app-board-pack__total">
            <th scope="row" className="govuk-table__header">
              Total
            </th>
            {total.map((cell, index) => (
              <td key={index} className={numericClass(rest[index]?.numeric, 'govuk-table__cell')}>
                {cell}
              </td>
            ))}
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

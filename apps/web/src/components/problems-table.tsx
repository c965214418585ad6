// Every problem found in an upload, one row each, in a scrollable GOV.UK table whose row headers
// are the targets of the error summary's links (focusable, so a link moves the reader there).
// The returns upload (row, column, value) and the business-case workbook (sheet, row, column)
// show their problems in it with their own columns.
import type { ReactNode } from 'react';

export interface ProblemColumn<P> {
  header: string;
  cell: (problem: P) => ReactNode;
  className?: string;
}

interface ProblemsTableProps<P extends { message: string }> {
  problems: readonly P[];
  caption: ReactNode;
  /** Unique on the page: the scroll region is labelled by the caption. */
  captionId: string;
  /** The first column, a row header, that the summary's links lead to. */
  rowHeader: ProblemColumn<P>;
  /** The columns between the row header and the problem itself. */
  columns: readonly ProblemColumn<P>[];
  /** The id of a problem's row header, as the summary links to it. */
  rowId: (index: number) => string;
  testId: string;
  rowTestId?: (problem: P) => string;
}

export function ProblemsTable<P extends { message: string }>({
  problems,
  caption,
  captionId,
  rowHeader,
  columns,
  rowId,
  testId,
  rowTestId,
}: ProblemsTableProps<P>) {
  if (problems.length === 0) return null;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="govuk-table" data-testid={testId}>
        <caption className="govuk-table__caption govuk-table__caption--m" id={captionId}>
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {[rowHeader, ...columns].map((c) => (
              <th scope="col" className="govuk-table__header" key={c.header}>
                {c.header}
              </th>
            ))}
            <th scope="col" className="govuk-table__header">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {problems.map((p, index) => (
            <tr
              className="govuk-table__row"
              key={`${index}-${p.message}`}
              data-testid={rowTestId?.(p)}
            >
              <th scope="row" className="govuk-table__header" id={rowId(index)} tabIndex={-1}>
                {rowHeader.cell(p)}
              </th>
              {columns.map((c) => (
                <td
                  className={`govuk-table__cell${c.className ? ` ${c.className}` : ''}`}
                  key={c.header}
                >
                  {c.cell(p)}
                </td>
              ))}
              <td className="govuk-table__cell">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

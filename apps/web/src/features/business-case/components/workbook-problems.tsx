// Every problem with a workbook, by sheet, row and column: the GOV.UK error summary (which takes
// focus) linking to each problem's row in the table below it.
import type { WorkbookProblem } from '@outcomes/contract';
import { useEffect, useRef } from 'react';

const SUMMARY_LIMIT = 50;
const problemId = (index: number) => `workbook-problem-${index + 1}`;

export function where(p: WorkbookProblem): string {
  if (p.sheet === null) return 'The file';
  const parts = [`Sheet ${p.sheet}`];
  if (p.row !== null) parts.push(`row ${p.row}`);
  if (p.column !== null) parts.push(`column ${p.column}${p.cell === null ? '' : ` (${p.cell})`}`);
  return parts.join(', ');
}

export function WorkbookProblems({
  message,
  problems,
  fileName,
}: {
  message: string;
  problems: readonly WorkbookProblem[];
  fileName: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problems, message]);
  return (
    <>
      <div
        className="govuk-error-summary"
        ref={ref}
        tabIndex={-1}
        data-testid="workbook-error-summary"
      >
        <div role="alert">
          <h2 className="govuk-error-summary__title">There is a problem</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{message}</p>
            <ul className="govuk-list govuk-error-summary__list">
              {problems.slice(0, SUMMARY_LIMIT).map((p, index) => (
                <li key={`${index}-${p.message}`}>
                  <a
                    href={`#${problemId(index)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(problemId(index))?.focus();
                    }}
                  >
                    {where(p)}: {p.message}
                  </a>
                </li>
              ))}
            </ul>
            {problems.length > SUMMARY_LIMIT ? (
              <p className="govuk-body">
                And {problems.length - SUMMARY_LIMIT} more: every problem is in the table below.
              </p>
            ) : null}
          </div>
        </div>
      </div>
      {problems.length > 0 ? (
        <div
          className="app-table-scroll"
          role="region"
          aria-labelledby="workbook-problems-caption"
          tabIndex={0}
        >
          <table className="govuk-table" data-testid="workbook-problems-table">
            <caption
              className="govuk-table__caption govuk-table__caption--m"
              id="workbook-problems-caption"
            >
              Problems in {fileName}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Sheet
                </th>
                <th scope="col" className="govuk-table__header">
                  Row
                </th>
                <th scope="col" className="govuk-table__header">
                  Column
                </th>
                <th scope="col" className="govuk-table__header">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {problems.map((p, index) => (
                <tr className="govuk-table__row" key={`${index}-${p.message}`}>
                  <th
                    scope="row"
                    className="govuk-table__header"
                    id={problemId(index)}
                    tabIndex={-1}
                  >
                    {p.sheet ?? 'The file'}
                  </th>
                  <td className="govuk-table__cell">{p.row ?? ''}</td>
                  <td className="govuk-table__cell">
                    {p.column ?? ''}
                    {p.cell === null ? '' : ` (${p.cell})`}
                  </td>
                  <td className="govuk-table__cell">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

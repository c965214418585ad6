// Every problem the API found: the GOV.UK error summary at the top of the page (each problem
// linking to its row in the table, or its field), which takes focus when it appears, and the
// table of row, column, value and problem shown below the form.
import type { SubmissionError } from '@outcomes/contract';
import { useEffect, useRef } from 'react';

/** The summary lists this many; the table lists them all. */
const SUMMARY_LIMIT = 50;

export const problemId = (index: number) => `problem-${index + 1}`;

function where(error: SubmissionError, rowWord: string): string {
  const parts = [
    error.row === null ? null : `${rowWord} ${error.row}`,
    error.column === null ? null : error.column,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

interface SubmissionErrorsProps {
  /** The API's own sentence, e.g. "The figures were not stored: 3 problems to put right." */
  message: string;
  errors: readonly SubmissionError[];
  /** What a row is called: "Row" in a file, "Figure" in the form. */
  rowWord?: string;
  /** Where a problem links to; default its row in the table. */
  linkFor?: (error: SubmissionError, index: number) => string | null;
  /** How a problem reads in the summary; default "Row 3, value: …". */
  describe?: (error: SubmissionError) => string;
}

export function SubmissionErrors({
  message,
  errors,
  rowWord = 'Row',
  linkFor = (_e, index) => problemId(index),
  describe = (e) => `${where(e, rowWord)}${e.message}`,
}: SubmissionErrorsProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors, message]);

  const shown = errors.slice(0, SUMMARY_LIMIT);
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      data-testid="submission-error-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {message ? <p className="govuk-body">{message}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {shown.map((e, index) => {
                const target = linkFor(e, index);
                const text = describe(e);
                return (
                  <li key={`${index}-${text}`} data-testid="submission-error">
                    {target ? (
                      <a
                        href={`#${target}`}
                        onClick={(event) => {
                          event.preventDefault();
                          document.getElementById(target)?.focus();
                        }}
                      >
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {errors.length > SUMMARY_LIMIT ? (
            <p className="govuk-body">
              And {errors.length - SUMMARY_LIMIT} more: every problem is in the table below.
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** Every problem, in a table whose row headers the summary's links lead to. */
export function ProblemsTable({
  errors,
  caption,
  rowWord = 'Row',
}: {
  errors: readonly SubmissionError[];
  caption: string;
  rowWord?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div
      className="app-table-scroll"
      role="region"
      aria-labelledby="submission-problems-caption"
      tabIndex={0}
    >
      <table className="govuk-table" data-testid="submission-errors-table">
        <caption
          className="govuk-table__caption govuk-table__caption--m"
          id="submission-problems-caption"
        >
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              {rowWord}
            </th>
            <th scope="col" className="govuk-table__header">
              Column
            </th>
            <th scope="col" className="govuk-table__header">
              Value
            </th>
            <th scope="col" className="govuk-table__header">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {errors.map((e, index) => (
            <tr
              className="govuk-table__row"
              key={`${index}-${e.message}`}
              data-testid={`problem-row-${e.row ?? 'file'}`}
            >
              <th scope="row" className="govuk-table__header" id={problemId(index)} tabIndex={-1}>
                {e.row ?? 'Whole file'}
              </th>
              <td className="govuk-table__cell">{e.column ?? '—'}</td>
              <td className="govuk-table__cell app-submission-value">{e.value ?? '—'}</td>
              <td className="govuk-table__cell">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Every problem the API found: the GOV.UK error summary at the top of the page (each problem
// linking to its row in the table, or its field), which takes focus when it appears, and the
// table of row, column, value and problem shown below the form.
import type { SubmissionError } from '@outcomes/contract';
import { useMemo } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ProblemsTable as SharedProblemsTable } from '../../../components/problems-table';

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
  const summary = useMemo(
    () =>
      errors.map((e, index) => {
        const target = linkFor(e, index);
        return target ? { fieldId: target, message: describe(e) } : { message: describe(e) };
      }),
    [errors, linkFor, describe],
  );
  return (
    <FormErrorSummary
      errors={summary}
      message={message}
      limit={SUMMARY_LIMIT}
      testId="submission-error-summary"
      itemTestId="submission-error"
      focusKey={errors}
    />
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
  return (
    <SharedProblemsTable
      problems={errors}
      caption={caption}
      captionId="submission-problems-caption"
      rowHeader={{ header: rowWord, cell: (e) => e.row ?? 'Whole file' }}
      columns={[
        { header: 'Column', cell: (e) => e.column ?? '—' },
        { header: 'Value', cell: (e) => e.value ?? '—', className: 'app-submission-value' },
      ]}
      rowId={problemId}
      testId="submission-errors-table"
      rowTestId={(e) => `problem-row-${e.row ?? 'file'}`}
    />
  );
}

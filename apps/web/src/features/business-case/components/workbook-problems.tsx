// Every problem with a workbook, by sheet, row and column: the GOV.UK error summary (which takes
// focus) linking to each problem's row in the table below it.
import type { WorkbookProblem } from '@outcomes/contract';
import { useMemo } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { ProblemsTable } from '../../../components/problems-table';

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
  const summary = useMemo(
    () =>
      problems.map((p, index) => ({
        fieldId: problemId(index),
        message: `${where(p)}: ${p.message}`,
      })),
    [problems],
  );
  return (
    <>
      <FormErrorSummary
        errors={summary}
        message={message}
        limit={SUMMARY_LIMIT}
        testId="workbook-error-summary"
      />
      <ProblemsTable
        problems={problems}
        caption={`Problems in ${fileName}`}
        captionId="workbook-problems-caption"
        rowHeader={{ header: 'Sheet', cell: (p) => p.sheet ?? 'The file' }}
        columns={[
          { header: 'Row', cell: (p) => p.row ?? '' },
          {
            header: 'Column',
            cell: (p) => `${p.column ?? ''}${p.cell === null ? '' : ` (${p.cell})`}`,
          },
        ]}
        rowId={problemId}
        testId="workbook-problems-table"
      />
    </>
  );
}

import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { RowOutcome, SubmissionRecord, SubmissionRowRecord } from './submission-record.js';
import { toSubmissionRecord } from './to-submission-record.js';

export interface SubmissionWithRows {
  submission: SubmissionRecord;
  rows: SubmissionRowRecord[];
}

function parseWarnings(json: string | null): string[] {
  if (json === null) return [];
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * One submission and the rows it brought, in row order; null when the programme has no such
 * submission. A programme pack's submission predates row records: its rows are its revisions.
 */
export async function getSubmission(
  db: Kysely<Database>,
  programmeId: string,
  submissionId: number,
): Promise<SubmissionWithRows | null> {
  const row = await db
    .selectFrom('submission as s')
    .leftJoin('submission_file as f', 'f.submission_id', 's.id')
    .selectAll('s')
    .select('f.submission_id as file_submission_id')
    .where('s.programme_id', '=', programmeId)
    .where('s.id', '=', submissionId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const { file_submission_id, ...submissionRow } = row;
  const submission = toSubmissionRecord(submissionRow, file_submission_id !== null);

  const recorded = await db
    .selectFrom('submission_row')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('submission_id', '=', submissionId)
    .orderBy('row_number')
    .execute();
  if (recorded.length > 0 || submission.source !== 'pack') {
    return {
      submission,
      rows: recorded.map((r) => ({
        row: r.row_number,
        metricId: r.metric_id,
        periodStart: r.period_start,
        value: r.value,
        note: r.note,
        outcome: r.outcome as RowOutcome,
        revision: r.revision,
        previousValue: r.previous_value,
        warnings: parseWarnings(r.warnings),
      })),
    };
  }
  const revisions = await db
    .selectFrom('actual_revision')
    .select(['metric_id', 'period_start', 'value', 'note', 'revision'])
    .where('programme_id', '=', programmeId)
    .where('submission_id', '=', submissionId)
    .orderBy('id')
    .execute();
  return {
    submission,
    // A pack's actuals.csv: the header is line 1, so the nth figure was on row n + 1.
    rows: revisions.map((r, index) => ({
      row: index + 2,
      metricId: r.metric_id,
      periodStart: r.period_start,
      value: r.value,
      note: r.note,
      outcome: 'created',
      revision: r.revision,
      previousValue: null,
      warnings: [],
    })),
  };
}

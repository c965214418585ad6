import type { IsoDate } from '@outcomes/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { SubmissionSource } from './submission-record.js';

/** One revision of a figure, with the submission that brought it. */
export interface ActualRevisionRecord {
  revision: number;
  value: number;
  note: string | null;
  /** ISO timestamp. */
  recordedAt: string;
  submissionId: number;
  source: SubmissionSource;
  fileName: string | null;
  submittedByUserId: number | null;
  submittedBy: string | null;
}

/** Every revision of one metric-period, oldest first: the last one is current. */
export async function listActualRevisions(
  db: Kysely<Database>,
  programmeId: string,
  metricId: string,
  periodStart: IsoDate,
): Promise<ActualRevisionRecord[]> {
  const rows = await db
    .selectFrom('actual_revision as a')
    .innerJoin('submission as s', (join) =>
      join.onRef('s.programme_id', '=', 'a.programme_id').onRef('s.id', '=', 'a.submission_id'),
    )
    .select([
      'a.revision',
      'a.value',
      'a.note',
      'a.recorded_at',
      'a.submission_id',
      's.source',
      's.file_name',
      's.submitted_by_user_id',
      's.submitted_by',
    ])
    .where('a.programme_id', '=', programmeId)
    .where('a.metric_id', '=', metricId)
    .where('a.period_start', '=', periodStart)
    .orderBy('a.revision')
    .execute();
  return rows.map((r) => ({
    revision: r.revision,
    value: r.value,
    note: r.note,
    recordedAt: r.recorded_at,
    submissionId: r.submission_id,
    source: r.source as SubmissionSource,
    fileName: r.file_name,
    submittedByUserId: r.submitted_by_user_id,
    submittedBy: r.submitted_by,
  }));
}

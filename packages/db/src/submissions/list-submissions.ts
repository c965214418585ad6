import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { SubmissionRecord } from './submission-record.js';
import { toSubmissionRecord } from './to-submission-record.js';

export interface ListSubmissionsOptions {
  /** Only this partner's submissions. */
  partnerId?: string;
}

/** A programme's submissions, newest first. */
export async function listSubmissions(
  db: Kysely<Database>,
  programmeId: string,
  options: ListSubmissionsOptions = {},
): Promise<SubmissionRecord[]> {
  let query = db
    .selectFrom('submission as s')
    .leftJoin('submission_file as f', 'f.submission_id', 's.id')
    .selectAll('s')
    .select('f.submission_id as file_submission_id')
    .where('s.programme_id', '=', programmeId);
  if (options.partnerId !== undefined) query = query.where('s.partner_id', '=', options.partnerId);
  // In the order they were stored (ids increase with every insert), newest first.
  const rows = await query.orderBy('s.id', 'desc').execute();
  return rows.map(({ file_submission_id, ...row }) =>
    toSubmissionRecord(row, file_submission_id !== null),
  );
}

import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { toCommentaryRecord, type CommentaryRecord } from './commentary-record.js';

export interface ListCommentaryOptions {
  /** Only this metric's commentary; omitted: every metric of the programme. */
  metricId?: string;
}

/**
 * Every revision of every commentary of a programme (or one metric), ordered by metric, period
 * and revision: the last revision of each metric-period is the current one.
 */
export async function listCommentary(
  db: Kysely<Database>,
  programmeId: string,
  options: ListCommentaryOptions = {},
): Promise<CommentaryRecord[]> {
  let query = db.selectFrom('commentary').selectAll().where('programme_id', '=', programmeId);
  if (options.metricId !== undefined) query = query.where('metric_id', '=', options.metricId);
  const rows = await query
    .orderBy('metric_id')
    .orderBy('period_start')
    .orderBy('revision')
    .execute();
  return rows.map(toCommentaryRecord);
}

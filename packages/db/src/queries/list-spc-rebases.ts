import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { toSpcRebaseRecord, type SpcRebaseRecord } from './spc-rebase-record.js';

export interface ListSpcRebasesOptions {
  /** Only this metric's rebases; omitted: every metric of the programme. */
  metricId?: string;
}

/**
 * Every rebase and withdrawal of a programme (or one metric) in the order they were recorded
 * (by metric, then id). `standingSpcRebases` reduces the history to the rebases that stand.
 */
export async function listSpcRebases(
  db: Kysely<Database>,
  programmeId: string,
  options: ListSpcRebasesOptions = {},
): Promise<SpcRebaseRecord[]> {
  let query = db.selectFrom('spc_rebase').selectAll().where('programme_id', '=', programmeId);
  if (options.metricId !== undefined) query = query.where('metric_id', '=', options.metricId);
  const rows = await query.orderBy('metric_id').orderBy('id').execute();
  return rows.map(toSpcRebaseRecord);
}

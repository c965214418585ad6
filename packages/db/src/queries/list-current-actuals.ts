import type { IsoDate } from '@outcomes/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/** The current revision of one returned figure. */
export interface CurrentActual {
  metricId: string;
  periodStart: IsoDate;
  value: number;
  note: string | null;
  revision: number;
  /** ISO timestamp the revision was recorded. */
  recordedAt: string;
  submissionId: number;
}

export interface ListCurrentActualsOptions {
  /**
   * "As known at": only revisions recorded on or before this ISO timestamp count (a bare date
   * means the end of that day, UTC, which stands in for UK time). Revisions a programme pack
   * brought (submission source 'pack') count at every `knownAt`: a pack holds the figures as they
   * were known before the programme was loaded, so its load time says nothing about when they were
   * known. Omitted: the latest revision of every figure.
   */
  knownAt?: string;
  /**
   * Only these metrics' figures: a submission compares its rows with the figures of the metrics it
   * returns, not with the whole programme's (it does so holding the programme's write lock).
   */
  metricIds?: readonly string[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The submission source of a programme pack's actuals: known from the start. */
const PACK_SOURCE = 'pack';

/**
 * The highest revision of each metric-period of a programme, ordered by metric and period. Revisions
 * are never updated or deleted, so an earlier state is always recoverable with `knownAt`.
 */
export async function listCurrentActuals(
  db: Kysely<Database>,
  programmeId: string,
  options: ListCurrentActualsOptions = {},
): Promise<CurrentActual[]> {
  const knownAt =
    options.knownAt !== undefined && DATE_ONLY.test(options.knownAt)
      ? `${options.knownAt}T23:59:59.999Z`
      : options.knownAt;
  const metricIds = options.metricIds === undefined ? undefined : [...new Set(options.metricIds)];
  if (metricIds?.length === 0) return [];
  // The highest revision of each metric-period (visible at knownAt), grouped once and joined
  // back. A correlated "= (select max(...))" per row is as fast on SQLite but PostgreSQL runs it
  // as a subplan per row: seconds on a programme with tens of thousands of revisions.
  let latest = db
    .selectFrom('actual_revision as b')
    .innerJoin('submission as s', (join) =>
      join.onRef('s.programme_id', '=', 'b.programme_id').onRef('s.id', '=', 'b.submission_id'),
    )
    .select(['b.metric_id', 'b.period_start', (b) => b.fn.max('b.revision').as('revision')])
    .where('b.programme_id', '=', programmeId)
    .$if(metricIds !== undefined, (q) => q.where('b.metric_id', 'in', metricIds ?? []))
    .groupBy(['b.metric_id', 'b.period_start']);
  if (knownAt !== undefined) {
    latest = latest.where((w) =>
      w.or([w('b.recorded_at', '<=', knownAt), w('s.source', '=', PACK_SOURCE)]),
    );
  }
  const rows = await db
    .selectFrom('actual_revision as a')
    .innerJoin(latest.as('latest'), (join) =>
      join
        .onRef('latest.metric_id', '=', 'a.metric_id')
        .onRef('latest.period_start', '=', 'a.period_start')
        .onRef('latest.revision', '=', 'a.revision'),
    )
    .select([
      'a.metric_id',
      'a.period_start',
      'a.value',
      'a.note',
      'a.revision',
      'a.recorded_at',
      'a.submission_id',
    ])
    .where('a.programme_id', '=', programmeId)
    .$if(metricIds !== undefined, (q) => q.where('a.metric_id', 'in', metricIds ?? []))
    .orderBy('a.metric_id')
    .orderBy('a.period_start')
    .execute();
  return rows.map((r) => ({
    metricId: r.metric_id,
    periodStart: r.period_start,
    value: r.value,
    note: r.note,
    revision: r.revision,
    recordedAt: r.recorded_at,
    submissionId: r.submission_id,
  }));
}

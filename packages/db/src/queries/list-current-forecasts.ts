import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/**
 * The live forecast rows of a programme: those of its current forecast version, by metric and
 * period. What a programme is judged against when no business-case version is in force, and what
 * a new business-case version copies.
 */
export function listCurrentForecasts(db: Kysely<Database>, programmeId: string) {
  return db
    .selectFrom('forecast as f')
    .innerJoin('forecast_version as v', (join) =>
      join.onRef('v.programme_id', '=', 'f.programme_id').onRef('v.id', '=', 'f.version_id'),
    )
    .select(['f.metric_id', 'f.period_start', 'f.value'])
    .where('f.programme_id', '=', programmeId)
    .where('v.is_current', '=', 1)
    .orderBy('f.metric_id')
    .orderBy('f.period_start')
    .execute();
}

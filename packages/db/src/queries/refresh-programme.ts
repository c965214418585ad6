import type { Metric, PeriodValue, ProgrammeData } from '@outcomes/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import {
  inOneSnapshot,
  readProgrammeSnapshot,
  type ProgrammeSnapshot,
} from './get-programme-data.js';
import { MAX_LOGGED_STEPS } from './claim-programme.js';
import { listCurrentActuals } from './list-current-actuals.js';

/** How a refresh brought a snapshot up to date. */
export type RefreshKind =
  /** The data version had not moved. */
  | 'unchanged'
  /** Only returned figures changed: the changed metrics' actuals were read again. */
  | 'figures'
  /** Something else changed, or a step was unaccounted for: the whole programme was read. */
  | 'full';

export interface RefreshedProgramme {
  /** Null when the programme is no longer in the store. */
  snapshot: ProgrammeSnapshot | null;
  kind: RefreshKind;
  /** Metrics whose figures were read again ('figures' only). */
  metricIds: string[];
}

/**
 * `previous` brought up to the data as they stand, reading as little as the store allows; with no
 * `previous`, the whole programme (readEvaluationSnapshot).
 *
 * `previous` must have been read with the same `asOf` and no other option (the evaluation
 * cache's reads). Every data-version step since it was read is looked up in programme_change
 * (migration 2026-12-07T0100): when each step is a submission or a write claim, nothing but the
 * returned figures of the submissions' metrics can have changed, so only those metrics' current
 * actuals (as known at `asOf`) are read again and put in place; the rest of `previous` is kept,
 * shared, not copied. Any step without a row, a new pack load (loaded_at), or more than
 * MAX_LOGGED_STEPS steps means a full read. All of it runs in one transaction, so the result is
 * exactly the store at one data version.
 *
 * When the figures read again equal those held, the result's `data` is `previous.data` itself,
 * so a caller may keep what it computed from them.
 */
export async function refreshProgrammeSnapshot(
  db: Kysely<Database>,
  programmeId: string,
  previous: ProgrammeSnapshot | undefined,
  options: { asOf?: string } = {},
): Promise<RefreshedProgramme> {
  return inOneSnapshot(db, async (trx) => {
    const full = async (): Promise<RefreshedProgramme> => ({
      snapshot: await readProgrammeSnapshot(trx, programmeId, options),
      kind: 'full',
      metricIds: [],
    });
    if (previous === undefined) return full();
    const row = await trx
      .selectFrom('programme')
      .select(['loaded_at', 'data_version'])
      .where('id', '=', programmeId)
      .executeTakeFirst();
    if (row === undefined) return { snapshot: null, kind: 'full', metricIds: [] };
    const version = Number(row.data_version);
    const steps = version - previous.dataVersion;
    if (row.loaded_at !== previous.loadedAt || steps < 0 || steps > MAX_LOGGED_STEPS) {
      return full();
    }
    if (steps === 0) return { snapshot: previous, kind: 'unchanged', metricIds: [] };

    const logged = await trx
      .selectFrom('programme_change')
      .select(['data_version', 'submission_id'])
      .where('programme_id', '=', programmeId)
      .where('data_version', '>', previous.dataVersion)
      .where('data_version', '<=', version)
      .execute();
    // A statement inserting several submissions is one step with several rows.
    if (new Set(logged.map((c) => Number(c.data_version))).size !== steps) return full();
    const submissionIds = logged.flatMap((c) =>
      c.submission_id === null ? [] : [c.submission_id],
    );
    const metricIds =
      submissionIds.length === 0
        ? []
        : (
            await trx
              .selectFrom('actual_revision')
              .select('metric_id')
              .distinct()
              .where('programme_id', '=', programmeId)
              .where('submission_id', 'in', submissionIds)
              .orderBy('metric_id')
              .execute()
          ).map((r) => r.metric_id);
    const held = new Set(previous.data.metrics.map((m) => m.id));
    // A revision of a metric the snapshot does not hold: cannot happen through the product
    // (metrics are framework rows, whose changes are not logged), but never guess.
    if (metricIds.some((id) => !held.has(id))) return full();

    const actuals =
      metricIds.length === 0
        ? []
        : await listCurrentActuals(trx, programmeId, {
            ...(options.asOf === undefined ? {} : { knownAt: options.asOf }),
            metricIds,
          });
    const fresh = new Map<string, PeriodValue[]>(metricIds.map((id) => [id, []]));
    for (const a of actuals)
      fresh.get(a.metricId)?.push({ periodStart: a.periodStart, value: a.value });
    const data = withActuals(previous.data, fresh);
    return {
      snapshot: { data, loadedAt: row.loaded_at, dataVersion: version },
      kind: 'figures',
      metricIds,
    };
  });
}

const samePeriodValues = (a: readonly PeriodValue[], b: readonly PeriodValue[]): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.periodStart === b[i]?.periodStart && x.value === b[i]?.value);

/**
 * `data` with these metrics' actuals in place of their own: new metric objects and a new
 * metrics list where anything differs, `data` itself when nothing does. Never mutates `data`,
 * which a cache shares between requests.
 */
function withActuals(
  data: ProgrammeData,
  fresh: ReadonlyMap<string, PeriodValue[]>,
): ProgrammeData {
  let changed = false;
  const metrics = data.metrics.map((m): Metric => {
    const actuals = fresh.get(m.id);
    if (actuals === undefined || samePeriodValues(m.actuals, actuals)) return m;
    changed = true;
    return { ...m, actuals };
  });
  return changed ? { ...data, metrics } : data;
}

/**
 * The whole programme as the evaluation cache reads it (business case in force at `asOf`, figures
 * as known at `asOf`), with the data version it was read at: what refreshProgrammeSnapshot takes.
 */
export function readEvaluationSnapshot(
  db: Kysely<Database>,
  programmeId: string,
  options: { asOf?: string } = {},
): Promise<ProgrammeSnapshot | null> {
  return inOneSnapshot(db, (trx) => readProgrammeSnapshot(trx, programmeId, options));
}

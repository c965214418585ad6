import type { PeriodValue, ProgrammeData, UnitCostBearer } from '@outcomes/core';
import type { Kysely } from 'kysely';
import { versionByNumber, versionInForce } from '../business-case/version-in-force.js';
import { readVersionInputs } from '../business-case/version-inputs.js';
import { withVersion } from '../business-case/with-version.js';
import type { Database } from '../schema/database.js';
import { listCurrentActuals } from './list-current-actuals.js';
import { listCurrentForecasts } from './list-current-forecasts.js';
import {
  toBaseline,
  toCost,
  toDeflator,
  toMetric,
  toOutcome,
  toPartner,
  toProgramme,
  toStrand,
  toUnitCost,
  toUnitCostBearer,
} from './to-domain.js';

export interface GetProgrammeDataOptions {
  /**
   * "As known then": each figure's latest revision recorded by the end of this day (UTC; see
   * listCurrentActuals, which also says why a pack's figures count from the start), so a past
   * board meeting replays exactly. Omitted: the latest revision of every figure.
   */
  asOf?: string;
  /**
   * Read this business-case version's forecasts, costs and unit costs instead of the version in
   * force (to compare versions). An unknown version is an error.
   */
  version?: number;
  /**
   * Read the live rows: the business case loaded last, whether or not it is in force (what an
   * export writes, so export then import is the identity). Takes precedence over `version`.
   */
  live?: boolean;
}

function groupBy<T, V>(
  items: readonly T[],
  key: (item: T) => string,
  value: (item: T) => V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [value(item)]);
    else group.push(value(item));
  }
  return groups;
}

/** A programme's data and the state they were read at (in the same transaction). */
export interface ProgrammeSnapshot {
  data: ProgrammeData;
  /** The programme row's loaded_at: a new pack load changes it. */
  loadedAt: string;
  /** The programme's data version the data were read at. */
  dataVersion: number;
}

/** Reads the programme; `db` should be a transaction, so every select sees one state. */
export async function readProgrammeSnapshot(
  db: Kysely<Database>,
  programmeId: string,
  options: GetProgrammeDataOptions,
): Promise<ProgrammeSnapshot | null> {
  const programme = await db
    .selectFrom('programme')
    .selectAll()
    .where('id', '=', programmeId)
    .executeTakeFirst();
  if (programme === undefined) return null;

  const [
    partners,
    outcomes,
    strands,
    unitCosts,
    bearers,
    metrics,
    baselines,
    forecasts,
    actuals,
    costs,
    deflators,
    comparatorValues,
  ] = await Promise.all([
    db
      .selectFrom('partner')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('outcome')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('strand')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('unit_cost')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('unit_cost_bearer')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('unit_cost_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('metric')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db.selectFrom('baseline').selectAll().where('programme_id', '=', programmeId).execute(),
    listCurrentForecasts(db, programmeId),
    listCurrentActuals(
      db,
      programmeId,
      options.asOf === undefined ? {} : { knownAt: options.asOf },
    ),
    db
      .selectFrom('cost')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('deflator')
      .selectAll()
      .where('programme_id', '=', programmeId)
      .orderBy('financial_year')
      .execute(),
    db
      .selectFrom('comparator_value')
      .select(['metric_id', 'period_start', 'value'])
      .where('programme_id', '=', programmeId)
      .orderBy('metric_id')
      .orderBy('period_start')
      .execute(),
  ]);

  const bearersOf = groupBy<(typeof bearers)[number], UnitCostBearer>(
    bearers,
    (b) => b.unit_cost_id,
    toUnitCostBearer,
  );
  const baselineOf = new Map(baselines.map((b) => [b.metric_id, toBaseline(b)]));
  const forecastsOf = groupBy<(typeof forecasts)[number], PeriodValue>(
    forecasts,
    (f) => f.metric_id,
    (f) => ({ periodStart: f.period_start, value: f.value }),
  );
  const comparatorOf = groupBy<(typeof comparatorValues)[number], PeriodValue>(
    comparatorValues,
    (c) => c.metric_id,
    (c) => ({ periodStart: c.period_start, value: c.value }),
  );
  const actualsOf = groupBy<(typeof actuals)[number], PeriodValue>(
    actuals,
    (a) => a.metricId,
    (a) => ({ periodStart: a.periodStart, value: a.value }),
  );

  const live: ProgrammeData = {
    programme: toProgramme(programme),
    partners: partners.map(toPartner),
    outcomes: outcomes.map(toOutcome),
    strands: strands.map(toStrand),
    unitCosts: unitCosts.map((u) => toUnitCost(u, bearersOf.get(u.id) ?? [])),
    metrics: metrics.map((m) => {
      const baseline = baselineOf.get(m.id);
      if (baseline === undefined) {
        throw new Error(
          `Metric "${m.id}" of programme "${programmeId}" has no baseline in the store`,
        );
      }
      return toMetric(
        m,
        baseline,
        forecastsOf.get(m.id) ?? [],
        actualsOf.get(m.id) ?? [],
        comparatorOf.get(m.id) ?? [],
      );
    }),
    costs: costs.map(toCost),
    deflators: deflators.map(toDeflator),
  };
  // Judged against the business-case version in force at the as-of date (known then), not
  // whatever was loaded last: a refresh changes nothing until an admin puts it in force.
  const snapshot = (data: ProgrammeData): ProgrammeSnapshot => ({
    data,
    loadedAt: programme.loaded_at,
    dataVersion: Number(programme.data_version),
  });
  if (options.live === true) return snapshot(live);
  const inForce =
    options.version === undefined
      ? await versionInForce(db, programmeId, options.asOf)
      : await versionByNumber(db, programmeId, options.version);
  if (inForce === null) return snapshot(live);
  return snapshot(
    withVersion(live, await readVersionInputs(db, programmeId, inForce.version), inForce),
  );
}

/**
 * Runs `read` in one transaction (unless `db` already is one), so every select sees a single
 * consistent state: PostgreSQL's default (read committed) would let each select see a later
 * commit.
 */
export function inOneSnapshot<T>(
  db: Kysely<Database>,
  read: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.isTransaction
    ? read(db)
    : db.transaction().setIsolationLevel('repeatable read').execute(read);
}

/**
 * Everything the calculations need about one programme, or null when it is not in the store:
 * the business-case version in force at `asOf` (business-case/version-in-force.ts) and the current revision of every actual (as known at `asOf`,
 * when given). Reads run in one transaction (unless `db` already is one) so they see a single
 * consistent state.
 */
export async function getProgrammeData(
  db: Kysely<Database>,
  programmeId: string,
  options: GetProgrammeDataOptions = {},
): Promise<ProgrammeData | null> {
  const snapshot = await inOneSnapshot(db, (trx) =>
    readProgrammeSnapshot(trx, programmeId, options),
  );
  return snapshot?.data ?? null;
}

// Snapshots a programme's live versioned inputs (forecasts, forecast costs, unit costs and their
// bearers) as its next business-case version. Called in the transaction that wrote them (the pack
// loader, the workbook import), so the version and the live rows can never disagree.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { listCurrentForecasts } from '../queries/list-current-forecasts.js';
import { readVersionInputs, type VersionInputs } from './version-inputs.js';

export interface NewBusinessCaseVersion {
  programmeId: string;
  name: string;
  note?: string | null;
  createdBy: string;
  createdByUserId?: number | null;
  /** ISO timestamp; default now. */
  at?: string;
}

/** Reads the live rows in the shape a version stores them. */
async function readLiveInputs(db: Kysely<Database>, programmeId: string): Promise<VersionInputs> {
  const [forecasts, costs, unitCosts, bearers] = await Promise.all([
    listCurrentForecasts(db, programmeId),
    db
      .selectFrom('cost')
      .select(['position', 'strand_id', 'partner_id', 'financial_year', 'kind', 'forecast_pence'])
      .where('programme_id', '=', programmeId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('unit_cost')
      .select([
        'id as unit_cost_id',
        'per',
        'value_pence',
        'price_year',
        'confidence_grade',
        'category',
        'cashable_share',
      ])
      .where('programme_id', '=', programmeId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('unit_cost_bearer')
      .select(['unit_cost_id', 'position', 'partner_id', 'share'])
      .where('programme_id', '=', programmeId)
      .orderBy('unit_cost_id')
      .orderBy('position')
      .execute(),
  ]);
  return { forecasts, costs, unitCosts, bearers };
}

/** Both sides are read in the same order and types (bigint arrives as a number on both engines). */
const canonical = (inputs: VersionInputs): string => JSON.stringify(inputs);

const BATCH = 500;

async function insertBatches<R extends object>(
  db: Kysely<Database>,
  table:
    | 'business_case_forecast'
    | 'business_case_cost'
    | 'business_case_unit_cost'
    | 'business_case_unit_cost_bearer',
  rows: readonly R[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    // Kysely cannot type a table chosen at run time; the rows come from readLiveInputs' shapes.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + BATCH) as never)
      .execute();
  }
}

/**
 * Records the live inputs as the programme's next version and returns its number, or null when
 * they are exactly the latest version's (a replace that changed no forecast, cost or unit cost
 * makes no new version). Must run inside the transaction that wrote the live rows.
 */
export async function recordBusinessCaseVersion(
  trx: Kysely<Database>,
  input: NewBusinessCaseVersion,
): Promise<number | null> {
  const { programmeId } = input;
  const live = await readLiveInputs(trx, programmeId);
  const latest = await trx
    .selectFrom('business_case_version')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  const latestVersion =
    latest?.version === null || latest === undefined ? 0 : Number(latest.version);
  if (latestVersion > 0) {
    const previous = await readVersionInputs(trx, programmeId, latestVersion);
    if (canonical(previous) === canonical(live)) return null;
  }
  const version = latestVersion + 1;
  await trx
    .insertInto('business_case_version')
    .values({
      programme_id: programmeId,
      version,
      name: input.name,
      note: input.note ?? null,
      created_by: input.createdBy,
      created_by_user_id: input.createdByUserId ?? null,
      created_at: input.at ?? new Date().toISOString(),
    })
    .execute();
  const at = <R extends object>(rows: readonly R[]) =>
    rows.map((row) => ({ programme_id: programmeId, version, ...row }));
  await insertBatches(trx, 'business_case_forecast', at(live.forecasts));
  await insertBatches(trx, 'business_case_cost', at(live.costs));
  await insertBatches(trx, 'business_case_unit_cost', at(live.unitCosts));
  await insertBatches(trx, 'business_case_unit_cost_bearer', at(live.bearers));
  return version;
}

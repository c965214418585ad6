// Writes a validated pack in one transaction: all of it or (on any failure) none of it.
import type { Kysely, Transaction } from 'kysely';
import { claimProgrammeForWrite } from '../queries/claim-programme.js';
import {
  countUserSubmissions,
  ProgrammeHasReturnsError,
} from '../submissions/programme-has-returns-error.js';
import { recordBusinessCaseVersion } from '../business-case/record-version.js';
import type { Database } from '../schema/database.js';
import type { NewProgrammeRow } from '../schema/programme.js';
import type { Pack } from './pack.js';
import { bulkInsert, type BulkValue } from './bulk-insert.js';
import {
  deleteStaleFrameworkRows,
  KEPT_TABLES,
  upsertFrameworkRows,
  type KeptFrameworkTable,
} from './keep-returned-figures.js';
import { ProgrammeExistsError } from './pack-error.js';

export type ProgressListener = (step: string, done: number, total: number) => void;

export interface SavePackOptions {
  /** Replace a programme with the same id (in the same transaction). Default false: refuse. */
  replace?: boolean;
  /** Called as rows are written: the step (a table), rows written so far and the step's total. */
  onProgress?: ProgressListener;
  /** Who is loading, for the audit log. Default 'system'. */
  actor?: string;
  /** The loading user's id, when a signed-in user loads the pack. */
  actorUserId?: number | null;
  /** Where the pack came from, for the audit log (e.g. its folder). */
  source?: string;
  /**
   * On a replace, keep every returned figure and its revisions (the submission and
   * actual_revision rows) exactly as they are and write none of the pack's actuals; the caller
   * has checked the pack's actuals are the figures in force (checkReturnedFiguresKept). Without
   * it a replace is refused when partners have returned figures.
   */
  keepReturnedFigures?: boolean;
  /** More for the audit entry's detail, such as the changes a workbook import previewed. */
  auditDetail?: Record<string, unknown>;
  /**
   * The name of the business-case version this load makes (e.g. "2015 refresh"). Default: "original
   * business case" on a first load, "business case loaded <date>" on a replace.
   */
  versionName?: string;
  /** A note kept with the version (what changed, where it came from). */
  versionNote?: string;
  /** The audit entry's action; default 'pack-load' ('programme-create', 'framework-edit', ...). */
  auditAction?: string;
}

/**
 * The tables a pack writes. Others (rebases, ...) hold what users add in the app: a load neither
 * writes nor counts them. Commentary is both: a pack may bring some (commentary.csv), written as
 * revision 1 where the period has none yet, and a replace keeps what users wrote.
 */
type PackTable = (typeof PROGRAMME_TABLES)[number] | 'programme' | 'audit_log' | 'commentary';

/** Rows written to each table by one load. */
export type LoadCounts = { [T in PackTable]: number };

export interface LoadPackResult {
  programmeId: string;
  /** True when an existing programme was replaced. */
  replaced: boolean;
  counts: LoadCounts;
  /**
   * The business-case version the load recorded, or null when a replace changed no forecast,
   * cost or unit cost. A new version is not in force until an admin decides it is.
   */
  businessCaseVersion: number | null;
}

/** The forecast version a pack's forecasts become. */
export const PACK_FORECAST_VERSION = 'pack';

/** Child tables of a programme, children before parents, for a replace. */
const PROGRAMME_TABLES = [
  'actual_revision',
  'submission',
  'forecast',
  'forecast_version',
  'comparator_value',
  'baseline',
  'cost',
  'metric',
  'unit_cost_bearer',
  'unit_cost',
  'strand',
  'outcome',
  'partner',
  'deflator',
] as const satisfies readonly (keyof Database)[];

/**
 * Writes `rows` (objects with the same keys, the table's columns) to `table` in as few INSERTs
 * as the engine allows (bulkInsert), reporting progress as `step`.
 */
async function insertRows<R extends Record<string, BulkValue>>(
  trx: Transaction<Database>,
  table: PackTable,
  step: string,
  rows: readonly R[],
  onProgress: ProgressListener | undefined,
): Promise<number> {
  const first = rows[0];
  if (first === undefined) {
    onProgress?.(step, 0, 0);
    return 0;
  }
  const columns = Object.keys(first);
  const values = rows.map((row) => columns.map((column) => row[column] ?? null));
  return bulkInsert(trx, table, columns, values, (done) => onProgress?.(step, done, rows.length));
}

function programmeRow(pack: Pack, loadedAt: string): NewProgrammeRow {
  const p = pack.programme;
  return {
    id: p.id,
    name: p.name,
    place: p.place,
    description: p.description,
    first_financial_year: p.firstFinancialYear,
    years: p.years,
    price_base_year: p.priceBaseYear,
    discount_rate: p.discountRate,
    rag_green: p.ragThresholds.green,
    rag_amber: p.ragThresholds.amber,
    reinvestment_share: p.reinvestmentShare,
    optimism_bias: JSON.stringify(p.optimismBias),
    illustrative: p.illustrative ? 1 : 0,
    spc_shift_run_length: p.spcShiftRunLength ?? 7,
    population: p.population ?? null,
    comparison_opt_in: p.comparisonOptIn === true ? 1 : 0,
    public_page: p.publicPage === true ? 1 : 0,
    loaded_at: loadedAt,
  };
}

async function clearProgramme(
  trx: Transaction<Database>,
  programmeId: string,
  keepReturnedFigures: boolean,
): Promise<void> {
  for (const table of PROGRAMME_TABLES) {
    if (keepReturnedFigures && KEPT_TABLES.includes(table)) continue;
    await trx.deleteFrom(table).where('programme_id', '=', programmeId).execute();
  }
}

async function write(
  trx: Transaction<Database>,
  pack: Pack,
  options: SavePackOptions,
): Promise<LoadPackResult> {
  const id = pack.programme.id;
  const now = new Date().toISOString();
  const progress = options.onProgress;

  // Locks an existing programme against concurrent returns until the replace commits.
  const exists = await claimProgrammeForWrite(trx, id);
  if (exists && options.replace !== true) throw new ProgrammeExistsError(id);
  const keepReturns = exists && options.keepReturnedFigures === true;
  if (exists && !keepReturns) {
    // Partners' returns would go with the old rows: refuse rather than lose them.
    const returned = await countUserSubmissions(trx, id);
    if (returned > 0) throw new ProgrammeHasReturnsError(id, returned);
  }
  if (exists) {
    progress?.('removing the old programme', 0, 1);
    await clearProgramme(trx, id, keepReturns);
    // The programme row (and its audit log) stays: only its settings change.
    const { id: _id, ...settings } = programmeRow(pack, now);
    await trx.updateTable('programme').set(settings).where('id', '=', id).execute();
    progress?.('removing the old programme', 1, 1);
  } else {
    await trx.insertInto('programme').values(programmeRow(pack, now)).execute();
  }
  const at = <R extends object>(rows: R[]) => rows.map((row) => ({ programme_id: id, ...row }));
  /** Inserts, or (keeping returned figures) updates the framework's rows in place. */
  const writeFramework = <R extends Record<string, BulkValue>>(
    table: KeptFrameworkTable,
    step: string,
    rows: readonly R[],
  ): Promise<number> =>
    keepReturns
      ? upsertFrameworkRows(trx, table, rows, (done) => progress?.(step, done, rows.length))
      : insertRows(trx, table, step, rows, progress);

  const partner = await writeFramework(
    'partner',
    'partners',
    at(
      pack.partners.map((p, position) => ({
        id: p.id,
        position,
        name: p.name,
        kind: p.kind,
        budget: p.budget ?? 'local',
      })),
    ),
  );
  const outcome = await writeFramework(
    'outcome',
    'outcomes',
    at(pack.outcomes.map((o, position) => ({ id: o.id, position, name: o.name }))),
  );
  const strand = await writeFramework(
    'strand',
    'strands',
    at(
      pack.strands.map((s, position) => ({
        id: s.id,
        position,
        name: s.name,
        sponsor_partner_id: s.sponsorPartnerId,
        description: s.description,
      })),
    ),
  );
  const unitCost = await writeFramework(
    'unit_cost',
    'unit costs',
    at(
      pack.unitCosts.map((u, position) => ({
        id: u.id,
        position,
        name: u.name,
        per: u.per,
        value_pence: u.valuePence,
        price_year: u.priceYear,
        source: u.source,
        confidence_grade: u.confidenceGrade,
        category: u.category,
        cashable_share: u.cashableShare,
        economic_pence: u.economicPence ?? null,
        social_pence: u.socialPence ?? null,
      })),
    ),
  );
  const unitCostBearer = await insertRows(
    trx,
    'unit_cost_bearer',
    'unit cost bearers',
    at(
      pack.unitCosts.flatMap((u) =>
        u.bearers.map((b, position) => ({
          unit_cost_id: u.id,
          partner_id: b.partnerId,
          position,
          share: b.share,
        })),
      ),
    ),
    progress,
  );
  const metric = await writeFramework(
    'metric',
    'metrics',
    at(
      pack.metrics.map((m, position) => ({
        id: m.id,
        position,
        strand_id: m.strandId,
        outcome_id: m.outcomeId,
        name: m.name,
        unit: m.unit,
        frequency: m.frequency,
        polarity: m.polarity,
        kind: m.kind,
        owner_partner_id: m.ownerPartnerId,
        unit_cost_id: m.unitCostId,
        attribution: m.attribution,
        source: m.source,
        cumulative: m.cumulative === true ? 1 : 0,
        leakage: m.additionality?.leakage ?? 0,
        displacement: m.additionality?.displacement ?? 0,
        substitution: m.additionality?.substitution ?? 0,
        deadweight: m.additionality?.deadweight ?? 0,
        additionality_source: m.additionality?.source ?? null,
        additionality_grade: m.additionality?.grade ?? null,
        indicator_code: m.indicatorCode ?? null,
        comparator_name: m.comparator?.name ?? null,
        comparator_source: m.comparator?.source ?? null,
        benefit_lag_years: m.persistence?.lagYears ?? 0,
        persistence_years: m.persistence?.persistenceYears ?? 1,
        drop_off_rate: m.persistence?.dropOffRate ?? 0,
        persistence_source: m.persistence?.source ?? null,
        retired_from: m.retiredFrom ?? null,
      })),
    ),
  );
  if (keepReturns) {
    const ids = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id));
    await deleteStaleFrameworkRows(trx, id, {
      metric: ids(pack.metrics),
      unit_cost: ids(pack.unitCosts),
      strand: ids(pack.strands),
      outcome: ids(pack.outcomes),
      partner: ids(pack.partners),
    });
  }
  const baseline = await insertRows(
    trx,
    'baseline',
    'baselines',
    at(
      pack.baselines.map((b) => ({
        metric_id: b.metricId,
        value: b.value,
        annual_growth: b.annualGrowth,
        measured_from: b.measuredFrom,
        measured_to: b.measuredTo,
        note: b.note,
        growth_from: b.growthFrom ?? null,
      })),
    ),
    progress,
  );

  // A comparison series is a reference input like the baseline: replaced whole with the pack.
  const comparatorValue = await insertRows(
    trx,
    'comparator_value',
    'comparator values',
    at(
      pack.metrics.flatMap((m) =>
        (m.comparator?.values ?? []).map((v) => ({
          metric_id: m.id,
          period_start: v.periodStart,
          value: v.value,
        })),
      ),
    ),
    progress,
  );

  await trx
    .insertInto('forecast_version')
    .values({
      programme_id: id,
      id: PACK_FORECAST_VERSION,
      label: 'Programme pack',
      created_at: now,
      is_current: 1,
    })
    .execute();
  const forecast = await insertRows(
    trx,
    'forecast',
    'forecasts',
    at(
      pack.forecasts.map((f) => ({
        version_id: PACK_FORECAST_VERSION,
        metric_id: f.metricId,
        period_start: f.periodStart,
        value: f.value,
      })),
    ),
    progress,
  );

  // The pack's actuals are revision 1 of every figure, all brought by one 'pack' submission.
  let submission = 0;
  let actualRevision = 0;
  if (pack.actuals.length > 0 && !keepReturns) {
    const { id: submissionId } = await trx
      .insertInto('submission')
      .values({
        programme_id: id,
        source: 'pack',
        file_name: 'actuals.csv',
        user_id: null,
        created_at: now,
        row_count: pack.actuals.length,
        created_count: pack.actuals.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    submission = 1;
    actualRevision = await insertRows(
      trx,
      'actual_revision',
      'actuals',
      at(
        pack.actuals.map((a) => ({
          metric_id: a.metricId,
          period_start: a.periodStart,
          value: a.value,
          note: a.note,
          submission_id: submissionId,
          revision: 1,
          recorded_at: now,
        })),
      ),
      progress,
    );
  }

  const cost = await insertRows(
    trx,
    'cost',
    'costs',
    at(
      pack.costs.map((c, position) => ({
        strand_id: c.strandId,
        partner_id: c.partnerId,
        financial_year: c.financialYear,
        kind: c.kind,
        position,
        forecast_pence: c.forecastPence,
        actual_pence: c.actualPence,
        price_year: c.priceYear ?? null,
        optimism_bias_category: c.optimismBiasCategory ?? null,
        optimism_bias: c.optimismBias ?? null,
      })),
    ),
    progress,
  );
  const deflator = await insertRows(
    trx,
    'deflator',
    'deflators',
    at(pack.deflators.map((d) => ({ financial_year: d.financialYear, index_value: d.index }))),
    progress,
  );

  const commentary = await insertPackCommentary(trx, pack, now, progress);

  // The versioned inputs just written become the programme's next business-case version; a
  // replace never overwrites what an earlier version said, and never changes the version in force.
  progress?.('business case version', 0, 1);
  const businessCaseVersion = await recordBusinessCaseVersion(trx, {
    programmeId: id,
    name:
      options.versionName ??
      (exists ? `business case loaded ${now.slice(0, 10)}` : 'original business case'),
    note: options.versionNote ?? null,
    createdBy: options.actor ?? 'system',
    createdByUserId: options.actorUserId ?? null,
    at: now,
  });
  progress?.('business case version', 1, 1);

  const counts: LoadCounts = {
    programme: 1,
    partner,
    outcome,
    strand,
    unit_cost: unitCost,
    unit_cost_bearer: unitCostBearer,
    metric,
    baseline,
    forecast_version: 1,
    forecast,
    submission,
    actual_revision: actualRevision,
    cost,
    deflator,
    commentary,
    comparator_value: comparatorValue,
    audit_log: 1,
  };
  await trx
    .insertInto('audit_log')
    .values({
      programme_id: id,
      at: now,
      actor: options.actor ?? 'system',
      actor_user_id: options.actorUserId ?? null,
      action: options.auditAction ?? 'pack-load',
      entity: 'programme',
      entity_id: id,
      detail: JSON.stringify({
        source: options.source ?? null,
        replaced: exists,
        counts,
        businessCaseVersion,
        ...options.auditDetail,
      }),
    })
    .execute();
  return { programmeId: id, replaced: exists, counts, businessCaseVersion };
}

/**
 * The pack's commentary as revision 1 of each period's story. A period that already has one (a
 * replace keeps what users wrote) is left alone: the users' words are never overwritten.
 */
async function insertPackCommentary(
  trx: Transaction<Database>,
  pack: Pack,
  now: string,
  progress: ProgressListener | undefined,
): Promise<number> {
  const id = pack.programme.id;
  const existing = await trx
    .selectFrom('commentary')
    .select(['metric_id', 'period_start'])
    .where('programme_id', '=', id)
    .execute();
  const written = new Set(existing.map((c) => `${c.metric_id}\u0000${c.period_start}`));
  const rows = pack.commentary
    .filter((c) => !written.has(`${c.metricId}\u0000${c.periodStart}`))
    .map((c) => ({
      programme_id: id,
      metric_id: c.metricId,
      period_start: c.periodStart,
      revision: 1,
      what_happened: c.whatHappened,
      what_helps: c.whatHelps,
      what_hurts: c.whatHurts,
      what_next: c.whatNext,
      author_user_id: null,
      author_name: c.author,
      created_at: now,
    }));
  return insertRows(trx, 'commentary', 'commentary', rows, progress);
}

/**
 * Writes a pack that readPack accepted. Refuses (ProgrammeExistsError) when the programme id is
 * already loaded unless `replace`; a replace deletes the old rows and inserts the new ones in the
 * same transaction, so any failure leaves the old programme exactly as it was. Given a
 * transaction, it writes in that one, so a caller can read the stored pack, change it and save
 * it with nothing in between (a form's edit).
 */
export async function savePack(
  db: Kysely<Database>,
  pack: Pack,
  options: SavePackOptions = {},
): Promise<LoadPackResult> {
  if (db.isTransaction) return write(db as Transaction<Database>, pack, options);
  return db.transaction().execute((trx) => write(trx, pack, options));
}

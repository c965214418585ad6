// Writes a validated pack in one transaction: all of it or (on any failure) none of it.
import type { Kysely, Transaction } from 'kysely';
import { claimProgrammeForWrite } from '../queries/claim-programme.js';
import {
  countUserSubmissions,
  ProgrammeHasReturnsError,
} from '../submissions/programme-has-returns-error.js';
import { recordBusinessCaseVersion } from '../business-case/record-version.js';
import type { Database } from '../schema/database.js';
import type { Pack } from './pack.js';
import { bulkInsert, type BulkValue } from './bulk-insert.js';
import {
  deleteStaleFrameworkRows,
  KEPT_TABLES,
  upsertFrameworkRows,
  type KeptFrameworkTable,
} from './keep-returned-figures.js';
import { ProgrammeExistsError } from './pack-error.js';
import {
  actualRows,
  baselineRows,
  commentaryKey,
  comparatorValueRows,
  costRows,
  deflatorRows,
  forecastRows,
  metricRows,
  outcomeRows,
  packCommentaryRows,
  partnerRows,
  programmeRow,
  strandRows,
  unitCostBearerRows,
  unitCostRows,
} from './pack-rows.js';

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
  const insert = <R extends Record<string, BulkValue>>(
    table: PackTable,
    step: string,
    rows: readonly R[],
  ): Promise<number> => insertRows(trx, table, step, rows, progress);
  /** Inserts, or (keeping returned figures) updates the framework's rows in place. */
  const writeFramework = <R extends Record<string, BulkValue>>(
    table: KeptFrameworkTable,
    step: string,
    rows: readonly R[],
  ): Promise<number> =>
    keepReturns
      ? upsertFrameworkRows(trx, table, rows, (done) => progress?.(step, done, rows.length))
      : insert(table, step, rows);

  const partner = await writeFramework('partner', 'partners', at(partnerRows(pack)));
  const outcome = await writeFramework('outcome', 'outcomes', at(outcomeRows(pack)));
  const strand = await writeFramework('strand', 'strands', at(strandRows(pack)));
  const unitCost = await writeFramework('unit_cost', 'unit costs', at(unitCostRows(pack)));
  const unitCostBearer = await insert(
    'unit_cost_bearer',
    'unit cost bearers',
    at(unitCostBearerRows(pack)),
  );
  const metric = await writeFramework('metric', 'metrics', at(metricRows(pack)));
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
  const baseline = await insert('baseline', 'baselines', at(baselineRows(pack)));
  // A comparison series is a reference input like the baseline: replaced whole with the pack.
  const comparatorValue = await insert(
    'comparator_value',
    'comparator values',
    at(comparatorValueRows(pack)),
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
  const forecast = await insert(
    'forecast',
    'forecasts',
    at(forecastRows(pack, PACK_FORECAST_VERSION)),
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
    actualRevision = await insert(
      'actual_revision',
      'actuals',
      at(actualRows(pack, submissionId, now)),
    );
  }

  const cost = await insert('cost', 'costs', at(costRows(pack)));
  const deflator = await insert('deflator', 'deflators', at(deflatorRows(pack)));
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
  const written = new Set(existing.map((c) => commentaryKey(c.metric_id, c.period_start)));
  const rows = packCommentaryRows(pack, written, now).map((row) => ({ programme_id: id, ...row }));
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

// Writes a validated pack in one transaction: all of it or (on any failure) none of it.
import type { Kysely, Transaction } from 'kysely';
import { claimProgrammeForWrite } from '../queries/claim-programme.js';
import {
  countUserSubmissions,
  ProgrammeHasReturnsError,
} from '../submissions/programme-has-returns-error.js';
import type { Database } from '../schema/database.js';
import type { NewProgrammeRow } from '../schema/programme.js';
import type { Pack } from './pack.js';
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
}

/** The forecast version a pack's forecasts become. */
export const PACK_FORECAST_VERSION = 'pack';

// Bound parameters per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 8000;

/** Child tables of a programme, children before parents, for a replace. */
const PROGRAMME_TABLES = [
  'actual_revision',
  'submission',
  'forecast',
  'forecast_version',
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

async function insertInBatches<R extends object>(
  step: string,
  rows: readonly R[],
  insert: (batch: R[]) => Promise<unknown>,
  onProgress: ProgressListener | undefined,
): Promise<number> {
  const first = rows[0];
  const columns = first === undefined ? 1 : Object.keys(first).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let done = 0; done < rows.length;) {
    const batch = rows.slice(done, done + size);
    await insert(batch);
    done += batch.length;
    onProgress?.(step, done, rows.length);
  }
  if (rows.length === 0) onProgress?.(step, 0, 0);
  return rows.length;
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
    loaded_at: loadedAt,
  };
}

async function clearProgramme(trx: Transaction<Database>, programmeId: string): Promise<void> {
  for (const table of PROGRAMME_TABLES) {
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
  if (exists) {
    // Partners' returns would go with the old rows: refuse rather than lose them.
    const returned = await countUserSubmissions(trx, id);
    if (returned > 0) throw new ProgrammeHasReturnsError(id, returned);
    progress?.('removing the old programme', 0, 1);
    await clearProgramme(trx, id);
    // The programme row (and its audit log) stays: only its settings change.
    const { id: _id, ...settings } = programmeRow(pack, now);
    await trx.updateTable('programme').set(settings).where('id', '=', id).execute();
    progress?.('removing the old programme', 1, 1);
  } else {
    await trx.insertInto('programme').values(programmeRow(pack, now)).execute();
  }
  const at = <R extends object>(rows: R[]) => rows.map((row) => ({ programme_id: id, ...row }));

  const partner = await insertInBatches(
    'partners',
    at(pack.partners.map((p, position) => ({ id: p.id, position, name: p.name, kind: p.kind }))),
    (batch) => trx.insertInto('partner').values(batch).execute(),
    progress,
  );
  const outcome = await insertInBatches(
    'outcomes',
    at(pack.outcomes.map((o, position) => ({ id: o.id, position, name: o.name }))),
    (batch) => trx.insertInto('outcome').values(batch).execute(),
    progress,
  );
  const strand = await insertInBatches(
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
    (batch) => trx.insertInto('strand').values(batch).execute(),
    progress,
  );
  const unitCost = await insertInBatches(
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
      })),
    ),
    (batch) => trx.insertInto('unit_cost').values(batch).execute(),
    progress,
  );
  const unitCostBearer = await insertInBatches(
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
    (batch) => trx.insertInto('unit_cost_bearer').values(batch).execute(),
    progress,
  );
  const metric = await insertInBatches(
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
      })),
    ),
    (batch) => trx.insertInto('metric').values(batch).execute(),
    progress,
  );
  const baseline = await insertInBatches(
    'baselines',
    at(
      pack.baselines.map((b) => ({
        metric_id: b.metricId,
        value: b.value,
        annual_growth: b.annualGrowth,
        measured_from: b.measuredFrom,
        measured_to: b.measuredTo,
        note: b.note,
      })),
    ),
    (batch) => trx.insertInto('baseline').values(batch).execute(),
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
  const forecast = await insertInBatches(
    'forecasts',
    at(
      pack.forecasts.map((f) => ({
        version_id: PACK_FORECAST_VERSION,
        metric_id: f.metricId,
        period_start: f.periodStart,
        value: f.value,
      })),
    ),
    (batch) => trx.insertInto('forecast').values(batch).execute(),
    progress,
  );

  // The pack's actuals are revision 1 of every figure, all brought by one 'pack' submission.
  let submission = 0;
  let actualRevision = 0;
  if (pack.actuals.length > 0) {
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
    actualRevision = await insertInBatches(
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
      (batch) => trx.insertInto('actual_revision').values(batch).execute(),
      progress,
    );
  }

  const cost = await insertInBatches(
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
      })),
    ),
    (batch) => trx.insertInto('cost').values(batch).execute(),
    progress,
  );
  const deflator = await insertInBatches(
    'deflators',
    at(pack.deflators.map((d) => ({ financial_year: d.financialYear, index_value: d.index }))),
    (batch) => trx.insertInto('deflator').values(batch).execute(),
    progress,
  );

  const commentary = await insertPackCommentary(trx, pack, now, progress);

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
    audit_log: 1,
  };
  await trx
    .insertInto('audit_log')
    .values({
      programme_id: id,
      at: now,
      actor: options.actor ?? 'system',
      actor_user_id: options.actorUserId ?? null,
      action: 'pack-load',
      entity: 'programme',
      entity_id: id,
      detail: JSON.stringify({ source: options.source ?? null, replaced: exists, counts }),
    })
    .execute();
  return { programmeId: id, replaced: exists, counts };
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
  return insertInBatches(
    'commentary',
    rows,
    (batch) => trx.insertInto('commentary').values(batch).execute(),
    progress,
  );
}

/**
 * Writes a pack that readPack accepted. Refuses (ProgrammeExistsError) when the programme id is
 * already loaded unless `replace`; a replace deletes the old rows and inserts the new ones in the
 * same transaction, so any failure leaves the old programme exactly as it was.
 */
export async function savePack(
  db: Kysely<Database>,
  pack: Pack,
  options: SavePackOptions = {},
): Promise<LoadPackResult> {
  return db.transaction().execute((trx) => write(trx, pack, options));
}

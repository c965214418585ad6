// The loader's floor: the same rows the product's loader writes for a pack, written the fastest
// plain way each engine's bare driver allows, all in one transaction (as savePack uses one), into a
// store with the same schema, indexes, triggers and settings.
// - SQLite: one prepared better-sqlite3 statement per table, run once per row.
// - PostgreSQL: the bare `pg` driver, one multi-row INSERT per table of up to 65,535 parameters
//   (PostgreSQL's limit), text written once, no query builder: fewest round trips and one
//   statement-level data-version trigger per statement. (COPY would need another dependency.)
import type { Pack } from '@outcomes/db';
import type { Database as Sqlite } from 'better-sqlite3';
import type pg from 'pg';

type Row = (string | number | null)[];

interface TableRows {
  table: string;
  columns: string[];
  rows: Row[];
}

/** The rows savePack writes for `pack` (new programme), table by table, in its order. */
function rowsOf(pack: Pack, now: string): TableRows[] {
  const p = pack.programme;
  const id = p.id;
  const t = (table: string, columns: string[], rows: Row[]): TableRows => ({
    table,
    columns: ['programme_id', ...columns],
    rows: rows.map((r) => [id, ...r]),
  });
  return [
    {
      table: 'programme',
      columns: [
        'id',
        'name',
        'place',
        'description',
        'first_financial_year',
        'years',
        'price_base_year',
        'discount_rate',
        'rag_green',
        'rag_amber',
        'reinvestment_share',
        'optimism_bias',
        'illustrative',
        'loaded_at',
      ],
      rows: [
        [
          id,
          p.name,
          p.place,
          p.description,
          p.firstFinancialYear,
          p.years,
          p.priceBaseYear,
          p.discountRate,
          p.ragThresholds.green,
          p.ragThresholds.amber,
          p.reinvestmentShare,
          JSON.stringify(p.optimismBias),
          p.illustrative ? 1 : 0,
          now,
        ],
      ],
    },
    t(
      'partner',
      ['id', 'position', 'name', 'kind'],
      pack.partners.map((x, i) => [x.id, i, x.name, x.kind]),
    ),
    t(
      'outcome',
      ['id', 'position', 'name'],
      pack.outcomes.map((x, i) => [x.id, i, x.name]),
    ),
    t(
      'strand',
      ['id', 'position', 'name', 'sponsor_partner_id', 'description'],
      pack.strands.map((x, i) => [x.id, i, x.name, x.sponsorPartnerId, x.description]),
    ),
    t(
      'unit_cost',
      [
        'id',
        'position',
        'name',
        'per',
        'value_pence',
        'price_year',
        'source',
        'confidence_grade',
        'category',
        'cashable_share',
      ],
      pack.unitCosts.map((u, i) => [
        u.id,
        i,
        u.name,
        u.per,
        u.valuePence,
        u.priceYear,
        u.source,
        u.confidenceGrade,
        u.category,
        u.cashableShare,
      ]),
    ),
    t(
      'unit_cost_bearer',
      ['unit_cost_id', 'partner_id', 'position', 'share'],
      pack.unitCosts.flatMap((u) => u.bearers.map((b, i) => [u.id, b.partnerId, i, b.share])),
    ),
    t(
      'metric',
      [
        'id',
        'position',
        'strand_id',
        'outcome_id',
        'name',
        'unit',
        'frequency',
        'polarity',
        'kind',
        'owner_partner_id',
        'unit_cost_id',
        'attribution',
        'source',
      ],
      pack.metrics.map((m, i) => [
        m.id,
        i,
        m.strandId,
        m.outcomeId,
        m.name,
        m.unit,
        m.frequency,
        m.polarity,
        m.kind,
        m.ownerPartnerId,
        m.unitCostId,
        m.attribution,
        m.source,
      ]),
    ),
    t(
      'baseline',
      ['metric_id', 'value', 'annual_growth', 'measured_from', 'measured_to', 'note'],
      pack.baselines.map((b) => [
        b.metricId,
        b.value,
        b.annualGrowth,
        b.measuredFrom,
        b.measuredTo,
        b.note,
      ]),
    ),
    t(
      'forecast_version',
      ['id', 'label', 'created_at', 'is_current'],
      [['pack', 'Programme pack', now, 1]],
    ),
    t(
      'forecast',
      ['version_id', 'metric_id', 'period_start', 'value'],
      pack.forecasts.map((f) => ['pack', f.metricId, f.periodStart, f.value]),
    ),
    t(
      'submission',
      ['id', 'source', 'file_name', 'user_id', 'created_at', 'row_count'],
      [[null, 'pack', 'actuals.csv', null, now, pack.actuals.length]],
    ),
    // submission_id is patched in with the submission's rowid (see insertPackFloor).
    t(
      'actual_revision',
      ['metric_id', 'period_start', 'value', 'note', 'submission_id', 'revision', 'recorded_at'],
      pack.actuals.map((a) => [a.metricId, a.periodStart, a.value, a.note, 0, 1, now]),
    ),
    t(
      'cost',
      [
        'strand_id',
        'partner_id',
        'financial_year',
        'kind',
        'position',
        'forecast_pence',
        'actual_pence',
      ],
      pack.costs.map((c, i) => [
        c.strandId,
        c.partnerId,
        c.financialYear,
        c.kind,
        i,
        c.forecastPence,
        c.actualPence,
      ]),
    ),
    t(
      'deflator',
      ['financial_year', 'index_value'],
      pack.deflators.map((d) => [d.financialYear, d.index]),
    ),
    t('audit_log', ['at', 'actor', 'action', 'detail'], [[now, 'bench', 'pack-load', '{}']]),
  ];
}

/** Inserts `pack` into `sqlite` the fastest plain way; returns the rows written. */
export function insertPackFloor(sqlite: Sqlite, pack: Pack): number {
  const now = new Date().toISOString();
  const tables = rowsOf(pack, now);
  const statements = tables.map((t) =>
    sqlite.prepare(
      `insert into ${t.table} (${t.columns.join(', ')}) values (${t.columns.map(() => '?').join(', ')})`,
    ),
  );
  let written = 0;
  sqlite.transaction(() => {
    let submissionId = 0;
    tables.forEach((t, i) => {
      const statement = statements[i];
      if (statement === undefined) return;
      const patch = t.table === 'actual_revision' ? t.columns.indexOf('submission_id') : -1;
      if (t.table === 'submission' && t.rows.length > 0 && pack.actuals.length === 0) return;
      for (const row of t.rows) {
        if (patch >= 0) row[patch] = submissionId;
        const result = statement.run(row);
        if (t.table === 'submission') submissionId = Number(result.lastInsertRowid);
        written += 1;
      }
    });
  })();
  return written;
}

/** PostgreSQL's limit on bound parameters in one statement. */
const POSTGRES_MAX_PARAMETERS = 65_535;

/** Inserts `pack` with the bare pg driver, in one transaction; returns the rows written. */
export async function insertPackFloorPostgres(client: pg.ClientBase, pack: Pack): Promise<number> {
  const now = new Date().toISOString();
  const tables = rowsOf(pack, now);
  let written = 0;
  await client.query('begin');
  try {
    let submissionId = 0;
    for (const t of tables) {
      if (t.table === 'submission' && t.rows.length > 0 && pack.actuals.length === 0) continue;
      const patch = t.table === 'actual_revision' ? t.columns.indexOf('submission_id') : -1;
      // The submission's id comes from its sequence: leave the column out.
      const skip = t.table === 'submission' ? t.columns.indexOf('id') : -1;
      const columns = t.columns.filter((_, i) => i !== skip);
      const perBatch = Math.max(1, Math.floor(POSTGRES_MAX_PARAMETERS / columns.length));
      for (let done = 0; done < t.rows.length; done += perBatch) {
        const batch = t.rows.slice(done, done + perBatch);
        const values: (string | number | null)[] = [];
        const tuples = batch.map((row) => {
          if (patch >= 0) row[patch] = submissionId;
          const kept = row.filter((_, i) => i !== skip);
          const marks = kept.map((value) => {
            values.push(value);
            return `$${values.length}`;
          });
          return `(${marks.join(',')})`;
        });
        const result = await client.query<{ id: number }>(
          `insert into ${t.table} (${columns.join(', ')}) values ${tuples.join(',')}` +
            (t.table === 'submission' ? ' returning id' : ''),
          values,
        );
        if (t.table === 'submission') submissionId = Number(result.rows[0]?.id ?? 0);
        written += batch.length;
      }
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return written;
}

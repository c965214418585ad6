// A pack written back out as its files (pack-format.md): the inverse of the loader, so that
// reading what this writes gives the same pack. Serves the pack-folder export and the workbook.
import { toCsv, type Programme } from '@outcomes/core';
import type { Pack } from './pack.js';
import {
  actualsCsv,
  baselinesCsv,
  commentaryCsv,
  comparatorsCsv,
  costsCsv,
  deflatorsCsv,
  forecastsCsv,
  metricsCsv,
  outcomesCsv,
  partnersCsv,
  strandsCsv,
  unitCostBearersCsv,
  unitCostsCsv,
} from './pack-files.js';

/** A cell as written: text, a number, or blank. */
export type PackCell = string | number | null;

export interface PackTable {
  /** The pack file, e.g. 'metrics.csv'. */
  file: string;
  columns: readonly string[];
  rows: PackCell[][];
}

/** Integer pence as the pounds the pack writes: 1316000 → 13160, 236150 → 2361.5. */
function pounds(pence: number): number {
  return pence / 100;
}

/** Pounds, or blank when there is no amount. */
function optionalPounds(pence: number | null | undefined): number | null {
  return pence === null || pence === undefined ? null : pounds(pence);
}

function table<C extends string>(
  spec: { file: string; columns: readonly C[] },
  records: readonly Record<C, PackCell>[],
): PackTable {
  return {
    file: spec.file,
    columns: spec.columns,
    rows: records.map((r) => spec.columns.map((c) => r[c])),
  };
}

/** The pack's tables, programme.json aside, with no rows: a new programme's, or a blank template's. */
export const EMPTY_PACK_TABLES: Readonly<Omit<Pack, 'programme'>> = {
  partners: [],
  outcomes: [],
  strands: [],
  unitCosts: [],
  metrics: [],
  baselines: [],
  forecasts: [],
  actuals: [],
  costs: [],
  deflators: [],
  commentary: [],
};

/**
 * Every CSV file of the pack, in pack-format order (deflators.csv and comparators.csv even when
 * empty, so the workbook always has their sheets).
 */
export function packTables(pack: Omit<Pack, 'programme'>): PackTable[] {
  return [
    table(
      partnersCsv,
      pack.partners.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        budget: p.budget ?? 'local',
      })),
    ),
    table(
      outcomesCsv,
      pack.outcomes.map((o) => ({ id: o.id, name: o.name })),
    ),
    table(
      strandsCsv,
      pack.strands.map((s) => ({
        id: s.id,
        name: s.name,
        sponsor_partner_id: s.sponsorPartnerId,
        description: s.description,
      })),
    ),
    table(
      unitCostsCsv,
      pack.unitCosts.map((u) => ({
        id: u.id,
        name: u.name,
        per: u.per,
        value_gbp: pounds(u.valuePence),
        price_year: u.priceYear,
        source: u.source,
        confidence_grade: u.confidenceGrade,
        category: u.category,
        cashable_share: u.cashableShare,
        economic_gbp: optionalPounds(u.economicPence),
        social_gbp: optionalPounds(u.socialPence),
      })),
    ),
    table(
      unitCostBearersCsv,
      pack.unitCosts.flatMap((u) =>
        u.bearers.map((b) => ({ unit_cost_id: u.id, partner_id: b.partnerId, share: b.share })),
      ),
    ),
    table(
      metricsCsv,
      pack.metrics.map((m) => ({
        id: m.id,
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
        cumulative: m.cumulative ? 'yes' : null,
        deadweight: m.additionality?.deadweight ?? null,
        displacement: m.additionality?.displacement ?? null,
        leakage: m.additionality?.leakage ?? null,
        substitution: m.additionality?.substitution ?? null,
        additionality_source: m.additionality?.source ?? null,
        additionality_grade: m.additionality?.grade ?? null,
        indicator_code: m.indicatorCode ?? null,
        comparator_name: m.comparator?.name ?? null,
        comparator_source: m.comparator?.source ?? null,
        benefit_lag_years: m.persistence?.lagYears ?? null,
        persistence_years: m.persistence?.persistenceYears ?? null,
        drop_off_rate: m.persistence?.dropOffRate ?? null,
        persistence_source: m.persistence?.source ?? null,
        retired_from: m.retiredFrom ?? null,
      })),
    ),
    table(
      baselinesCsv,
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
    table(
      forecastsCsv,
      pack.forecasts.map((f) => ({
        metric_id: f.metricId,
        period_start: f.periodStart,
        value: f.value,
      })),
    ),
    table(
      actualsCsv,
      pack.actuals.map((a) => ({
        metric_id: a.metricId,
        period_start: a.periodStart,
        value: a.value,
        note: a.note,
      })),
    ),
    table(
      costsCsv,
      pack.costs.map((c) => ({
        strand_id: c.strandId,
        partner_id: c.partnerId,
        financial_year: c.financialYear,
        kind: c.kind,
        forecast_gbp: pounds(c.forecastPence),
        actual_gbp: c.actualPence === null ? null : pounds(c.actualPence),
        price_year: c.priceYear ?? null,
        optimism_bias_category: c.optimismBiasCategory ?? null,
        optimism_bias: c.optimismBias ?? null,
      })),
    ),
    table(
      deflatorsCsv,
      pack.deflators.map((d) => ({ financial_year: d.financialYear, index: d.index })),
    ),
    table(
      comparatorsCsv,
      pack.metrics.flatMap((m) =>
        (m.comparator?.values ?? []).map((v) => ({
          metric_id: m.id,
          period_start: v.periodStart,
          value: v.value,
        })),
      ),
    ),
  ];
}

/** The sponsors' stories a pack brought (commentary.csv). */
function commentaryTable(pack: Pick<Pack, 'commentary'>): PackTable {
  return table(
    commentaryCsv,
    pack.commentary.map((c) => ({
      metric_id: c.metricId,
      period_start: c.periodStart,
      what_happened: c.whatHappened,
      what_helps: c.whatHelps,
      what_hurts: c.whatHurts,
      what_next: c.whatNext,
      author: c.author,
    })),
  );
}

/** programme.json's object, fields in pack-format order. */
export function programmeJsonValue(programme: Programme): Record<string, unknown> {
  const p = programme;
  return {
    id: p.id,
    name: p.name,
    place: p.place,
    ...(p.description === null ? {} : { description: p.description }),
    firstFinancialYear: p.firstFinancialYear,
    years: p.years,
    priceBaseYear: p.priceBaseYear,
    discountRate: p.discountRate,
    ragThresholds: { green: p.ragThresholds.green, amber: p.ragThresholds.amber },
    reinvestmentShare: p.reinvestmentShare,
    optimismBias: { ...p.optimismBias },
    illustrative: p.illustrative,
    ...(p.spcShiftRunLength === undefined ? {} : { spcShiftRunLength: p.spcShiftRunLength }),
    ...(p.population == null ? {} : { population: p.population }),
    ...(p.comparisonOptIn === true ? { comparisonOptIn: true } : {}),
    ...(p.publicPage === true ? { publicPage: true } : {}),
  };
}

/**
 * A number as the pack writes it: plain decimal digits, never an exponent (which the loader
 * rejects), and the shortest that reads back as the same number.
 */
export function decimalText(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 100 });
}

/**
 * One table as pack CSV text, through core's one CSV writer (RFC 4180, CRLF line ends): text a
 * spreadsheet would run as a formula (a partner named `=HYPERLINK(...)`) gets a leading `'`,
 * which the loader takes off again (read-csv.ts), so export then import is still the identity;
 * numbers are written as plain decimals and never escaped.
 */
export function tableToCsv(t: PackTable): string {
  return toCsv(t.columns, t.rows, { formatNumber: decimalText });
}

/** The whole pack folder: file name → contents. */
export function packToFiles(pack: Pack): Map<string, string> {
  const files = new Map<string, string>();
  files.set('programme.json', JSON.stringify(programmeJsonValue(pack.programme), null, 2) + '\n');
  for (const t of packTables(pack)) {
    // The optional comparators.csv only when a metric has a comparison series, so a pack without
    // one exports the same files as before.
    if (t.file === comparatorsCsv.file && t.rows.length === 0) continue;
    files.set(t.file, tableToCsv(t));
  }
  // The optional commentary.csv: written when the pack brought stories (a folder pack's own), not
  // for a stored programme, whose stories are users' work rather than the business case.
  if (pack.commentary.length > 0) files.set(commentaryCsv.file, tableToCsv(commentaryTable(pack)));
  return files;
}

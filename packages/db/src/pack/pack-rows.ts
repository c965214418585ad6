// How a pack's records become table rows: one pure mapping per table, from the pack format's
// names (pack.ts) to the columns (schema/). savePack decides the order, the transaction and what a
// replace keeps; these decide only what each row says. Rows carry no programme_id: the writer adds
// it, so every table gets it the same way.
import type { NewProgrammeRow } from '../schema/programme.js';
import type { Pack } from './pack.js';

/** The programme row: its settings, and when this load wrote them. */
export function programmeRow(pack: Pack, loadedAt: string): NewProgrammeRow {
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

// Framework rows keep the pack's order in `position`, so pages list them as the pack does.

export const partnerRows = (pack: Pack) =>
  pack.partners.map((p, position) => ({
    id: p.id,
    position,
    name: p.name,
    kind: p.kind,
    budget: p.budget ?? 'local',
  }));

export const outcomeRows = (pack: Pack) =>
  pack.outcomes.map((o, position) => ({ id: o.id, position, name: o.name }));

export const strandRows = (pack: Pack) =>
  pack.strands.map((s, position) => ({
    id: s.id,
    position,
    name: s.name,
    sponsor_partner_id: s.sponsorPartnerId,
    description: s.description,
  }));

export const unitCostRows = (pack: Pack) =>
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
  }));

export const unitCostBearerRows = (pack: Pack) =>
  pack.unitCosts.flatMap((u) =>
    u.bearers.map((b, position) => ({
      unit_cost_id: u.id,
      partner_id: b.partnerId,
      position,
      share: b.share,
    })),
  );

/** A metric's row; an omitted additionality or persistence means none (fully additional, a year). */
export const metricRows = (pack: Pack) =>
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
  }));

export const baselineRows = (pack: Pack) =>
  pack.baselines.map((b) => ({
    metric_id: b.metricId,
    value: b.value,
    annual_growth: b.annualGrowth,
    measured_from: b.measuredFrom,
    measured_to: b.measuredTo,
    note: b.note,
    growth_from: b.growthFrom ?? null,
  }));

export const comparatorValueRows = (pack: Pack) =>
  pack.metrics.flatMap((m) =>
    (m.comparator?.values ?? []).map((v) => ({
      metric_id: m.id,
      period_start: v.periodStart,
      value: v.value,
    })),
  );

/** The pack's forecasts, all in forecast version `versionId`. */
export const forecastRows = (pack: Pack, versionId: string) =>
  pack.forecasts.map((f) => ({
    version_id: versionId,
    metric_id: f.metricId,
    period_start: f.periodStart,
    value: f.value,
  }));

/** The pack's actuals as revision 1 of each figure, brought by submission `submissionId`. */
export const actualRows = (pack: Pack, submissionId: number, recordedAt: string) =>
  pack.actuals.map((a) => ({
    metric_id: a.metricId,
    period_start: a.periodStart,
    value: a.value,
    note: a.note,
    submission_id: submissionId,
    revision: 1,
    recorded_at: recordedAt,
  }));

export const costRows = (pack: Pack) =>
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
  }));

export const deflatorRows = (pack: Pack) =>
  pack.deflators.map((d) => ({ financial_year: d.financialYear, index_value: d.index }));

/** Commentary rows as revision 1 of each period's story, skipping `written` periods. */
export const packCommentaryRows = (pack: Pack, written: ReadonlySet<string>, createdAt: string) =>
  pack.commentary
    .filter((c) => !written.has(commentaryKey(c.metricId, c.periodStart)))
    .map((c) => ({
      metric_id: c.metricId,
      period_start: c.periodStart,
      revision: 1,
      what_happened: c.whatHappened,
      what_helps: c.whatHelps,
      what_hurts: c.whatHurts,
      what_next: c.whatNext,
      author_user_id: null,
      author_name: c.author,
      created_at: createdAt,
    }));

/** One period of one metric's commentary, as a set key. */
export const commentaryKey = (metricId: string, periodStart: string): string =>
  `${metricId}\u0000${periodStart}`;

// The Pack a validated programme becomes: every row, already checked by validatePack, turned from
// the CSV's column names into the domain's (unit costs with their bearers, metrics with their
// comparator, additionality and persistence profile).
import type { Programme, UnitCost } from '@outcomes/core';
import type * as z from 'zod';
import { additionalityOf } from '../additionality-columns.js';
import { groupByMetric, packComparator } from './comparator-checks.js';
import { packPersistence } from './persistence-checks.js';
import type { Pack } from './pack.js';
import type {
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

/** A row that passed its file's schema, with the line it came from. */
export interface Valid<T> {
  line: number;
  row: T;
}

/** A file's valid rows, typed by its spec's schema. */
export type RowsOf<Spec extends { schema: z.ZodType }> = Valid<z.output<Spec['schema']>>[];

/** Every file's valid rows, once validatePack has found no error at all. */
export interface ValidPackRows {
  programme: Programme;
  partners: RowsOf<typeof partnersCsv>;
  outcomes: RowsOf<typeof outcomesCsv>;
  strands: RowsOf<typeof strandsCsv>;
  unitCosts: RowsOf<typeof unitCostsCsv>;
  bearers: RowsOf<typeof unitCostBearersCsv>;
  metrics: RowsOf<typeof metricsCsv>;
  baselines: RowsOf<typeof baselinesCsv>;
  forecasts: RowsOf<typeof forecastsCsv>;
  actuals: RowsOf<typeof actualsCsv>;
  costs: RowsOf<typeof costsCsv>;
  deflators: RowsOf<typeof deflatorsCsv>;
  commentary: RowsOf<typeof commentaryCsv>;
  comparators: RowsOf<typeof comparatorsCsv>;
}

export function packFromRows(rows: ValidPackRows): Pack {
  const {
    programme,
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
    commentary,
    comparators,
  } = rows;
  const bearersOf = new Map<string, UnitCost['bearers']>();
  for (const { row } of bearers) {
    const list = bearersOf.get(row.unit_cost_id) ?? [];
    list.push({ partnerId: row.partner_id, share: row.share });
    bearersOf.set(row.unit_cost_id, list);
  }
  const comparatorRows = groupByMetric(comparators);
  const pack: Pack = {
    programme,
    partners: partners.map(({ row }) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      budget: row.budget,
    })),
    outcomes: outcomes.map(({ row }) => ({ id: row.id, name: row.name })),
    strands: strands.map(({ row }) => ({
      id: row.id,
      name: row.name,
      sponsorPartnerId: row.sponsor_partner_id,
      description: row.description,
    })),
    unitCosts: unitCosts.map(({ row }) => ({
      id: row.id,
      name: row.name,
      per: row.per,
      valuePence: row.value_gbp,
      priceYear: row.price_year,
      source: row.source,
      confidenceGrade: row.confidence_grade as UnitCost['confidenceGrade'],
      category: row.category,
      cashableShare: row.cashable_share,
      bearers: bearersOf.get(row.id) ?? [],
      ...(row.economic_gbp === null ? {} : { economicPence: row.economic_gbp }),
      ...(row.social_gbp === null ? {} : { socialPence: row.social_gbp }),
    })),
    metrics: metrics.map(({ row }) => ({
      id: row.id,
      strandId: row.strand_id,
      outcomeId: row.outcome_id,
      name: row.name,
      unit: row.unit,
      frequency: row.frequency,
      polarity: row.polarity,
      kind: row.kind,
      ownerPartnerId: row.owner_partner_id,
      unitCostId: row.unit_cost_id,
      attribution: row.attribution,
      source: row.source,
      cumulative: row.cumulative,
      ...additionalityOf(row),
      ...(row.indicator_code === null ? {} : { indicatorCode: row.indicator_code }),
      ...packComparator(row, comparatorRows),
      ...packPersistence(row),
      ...(row.retired_from === null ? {} : { retiredFrom: row.retired_from }),
    })),
    baselines: baselines.map(({ row }) => ({
      metricId: row.metric_id,
      value: row.value,
      annualGrowth: row.annual_growth,
      measuredFrom: row.measured_from,
      measuredTo: row.measured_to,
      note: row.note,
      growthFrom: row.growth_from,
    })),
    forecasts: forecasts.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      value: row.value,
    })),
    actuals: actuals.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      value: row.value,
      note: row.note,
    })),
    costs: costs.map(({ row }) => ({
      strandId: row.strand_id,
      partnerId: row.partner_id,
      financialYear: row.financial_year,
      kind: row.kind,
      forecastPence: row.forecast_gbp,
      actualPence: row.actual_gbp,
      ...(row.price_year === null ? {} : { priceYear: row.price_year }),
      ...(row.optimism_bias_category === null
        ? {}
        : { optimismBiasCategory: row.optimism_bias_category }),
      ...(row.optimism_bias === null ? {} : { optimismBias: row.optimism_bias }),
    })),
    deflators: deflators.map(({ row }) => ({
      financialYear: row.financial_year,
      index: row.index,
    })),
    commentary: commentary.map(({ row }) => ({
      metricId: row.metric_id,
      periodStart: row.period_start,
      whatHappened: row.what_happened,
      whatHelps: row.what_helps,
      whatHurts: row.what_hurts,
      whatNext: row.what_next,
      author: row.author,
    })),
  };
  return pack;
}

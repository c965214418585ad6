// Puts a business-case version's figures in place of the live ones in a programme's data, so the
// evaluation (pure, in core) judges against the version in force without knowing versions exist.
import type {
  BenefitCategory,
  Cost,
  CostKind,
  PeriodValue,
  ProgrammeData,
  UnitCost,
  UnitCostPer,
} from '@outcomes/core';
import type { VersionInForce } from './version-in-force.js';
import type { VersionInputs } from './version-inputs.js';

const costKey = (c: { strandId: string; partnerId: string; financialYear: string; kind: string }) =>
  `${c.strandId}\u0000${c.partnerId}\u0000${c.financialYear}\u0000${c.kind}`;

/**
 * `data` with the version's forecasts, forecast costs and unit-cost figures.
 * - Forecasts: the version's, for every metric still in the framework.
 * - Costs: the version's forecast with the actual cost known now for the same strand, partner,
 *   year and kind (actual costs are not part of a business case); a live cost row the version
 *   does not have keeps its actual with a forecast of 0, so no actual spend is ever dropped.
 * - Unit costs: the version's value, price year, grade, category, cashable share and bearers;
 *   names, sources and the economic and social parts stay live. A unit cost the version does
 *   not have stays as it is live.
 */
export function withVersion(
  data: ProgrammeData,
  inputs: VersionInputs,
  inForce: VersionInForce,
): ProgrammeData {
  const forecastsOf = new Map<string, PeriodValue[]>();
  for (const f of inputs.forecasts) {
    const list = forecastsOf.get(f.metric_id) ?? [];
    list.push({ periodStart: f.period_start, value: f.value });
    forecastsOf.set(f.metric_id, list);
  }

  const liveCosts = new Map(data.costs.map((c) => [costKey(c), c]));
  const costs: Cost[] = inputs.costs.map((c) => {
    const cost: Cost = {
      strandId: c.strand_id,
      partnerId: c.partner_id,
      financialYear: c.financial_year,
      kind: c.kind as CostKind,
      forecastPence: c.forecast_pence,
      actualPence: null,
    };
    // The price year and optimism-bias uplift (issue 18's appraisal columns) are not yet part of
    // a version's snapshot: they follow the live row, like the actual.
    const live = liveCosts.get(costKey(cost));
    return { ...live, ...cost, actualPence: live?.actualPence ?? null };
  });
  const versioned = new Set(costs.map(costKey));
  for (const live of data.costs) {
    if (!versioned.has(costKey(live))) costs.push({ ...live, forecastPence: 0 });
  }

  const bearersOf = new Map<string, UnitCost['bearers']>();
  for (const b of inputs.bearers) {
    const list = bearersOf.get(b.unit_cost_id) ?? [];
    list.push({ partnerId: b.partner_id, share: b.share });
    bearersOf.set(b.unit_cost_id, list);
  }
  const unitCostOf = new Map(inputs.unitCosts.map((u) => [u.unit_cost_id, u]));
  const unitCosts = data.unitCosts.map((live): UnitCost => {
    const u = unitCostOf.get(live.id);
    if (u === undefined) return live;
    return {
      ...live,
      per: u.per as UnitCostPer,
      valuePence: u.value_pence,
      priceYear: u.price_year,
      confidenceGrade: u.confidence_grade as UnitCost['confidenceGrade'],
      category: u.category as BenefitCategory,
      cashableShare: u.cashable_share,
      bearers: bearersOf.get(live.id) ?? [],
    };
  });

  return {
    ...data,
    unitCosts,
    metrics: data.metrics.map((m) => ({ ...m, forecasts: forecastsOf.get(m.id) ?? [] })),
    costs,
    businessCase: { version: inForce.version, name: inForce.name },
  };
}

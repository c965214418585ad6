// How a metric's improvement becomes money, worked out once per metric so that every period
// uses the same factors and a reader can trace any benefit to them (Monetisation in
// evaluation.ts).
import type { Deflator, Metric, Programme, UnitCost } from '../domain.js';
import type { Monetisation } from '../evaluation.js';
import { additionalityWorking } from '../calc/appraisal/additionality.js';
import { valuePerUnit } from '../calc/monetised-benefit.js';
import { optimismBiasFor } from '../calc/optimism-bias.js';
import { deflatorFactor } from '../calc/uprating.js';
import { penceToPounds } from '../money/pence.js';
import { periodLengthInYears } from '../periods/period.js';

/**
 * The monetisation of a metric, or null when it has no unit cost. Throws when the unit cost is
 * unknown, does not suit the metric's kind (a flow needs a cost per event, a stock a cost per
 * year), or cannot be uprated because a deflator index is missing.
 */
export function buildMonetisation(
  metric: Metric,
  unitCosts: readonly UnitCost[],
  programme: Programme,
  deflators: readonly Deflator[],
): Monetisation | null {
  if (metric.unitCostId === null) return null;
  const unitCost = unitCosts.find((u) => u.id === metric.unitCostId);
  if (!unitCost) {
    throw new Error(`Metric '${metric.id}' refers to unknown unit cost '${metric.unitCostId}'`);
  }
  const expectedPer = metric.kind === 'flow' ? 'event' : 'year';
  if (unitCost.per !== expectedPer) {
    throw new Error(
      `Metric '${metric.id}' is a ${metric.kind} metric and needs a unit cost per ${expectedPer}, ` +
        `but unit cost '${unitCost.id}' is per ${unitCost.per}`,
    );
  }
  const unitCostAsPriced = penceToPounds(unitCost.valuePence);
  const factor = deflatorFactor(
    deflators,
    unitCost.priceYear,
    programme.priceBaseYear,
    `unit cost '${unitCost.id}'`,
  );
  const upratedUnitCost = unitCostAsPriced * factor;
  const optimismBias = optimismBiasFor(unitCost.confidenceGrade, programme.optimismBias);
  // A stock counts people or cases held; its unit cost is per year, so one period is a fraction.
  const periodLengthFactor = metric.kind === 'stock' ? periodLengthInYears(metric.frequency) : 1;
  const additionality = additionalityWorking(metric.additionality);
  return {
    unitCost,
    unitCostAsPriced,
    deflatorFactor: factor,
    upratedUnitCost,
    optimismBias,
    periodLengthFactor,
    attribution: metric.attribution,
    additionality,
    valuePerUnit: valuePerUnit({
      attribution: metric.attribution,
      upratedUnitCost,
      optimismBias,
      periodLengthFactor,
      additionalityFactor: additionality.factor,
    }),
  };
}

// The ledger's lines: the evaluator's per-period benefits (never worked out a second way), each
// split across the unit cost's bearers, with every factor that produced it.
import type { ProgrammeEvaluation } from '../evaluation.js';
import { bearerParts, cashablePart } from '../calc/benefit-split.js';
import type { AdditionalityWorking } from '../calc/appraisal/additionality.js';
import type { BenefitLine } from './types.js';
import { toPence } from './to-pence.js';

/** The working's shares by step, and its factor, as line fields. */
function additionalityShares(a: AdditionalityWorking) {
  const share = (name: string) => a.steps.find((s) => s.step === name)?.share ?? 0;
  return {
    leakage: share('leakage'),
    displacement: share('displacement'),
    substitution: share('substitution'),
    deadweight: share('deadweight'),
    additionalityFactor: a.factor,
  };
}

/**
 * One line per bearer of every monetised metric period that has a forecast, in the
 * evaluation's order (strand, metric, period, bearer). A period with an actual but no forecast
 * is in no benefit figure, so it has no line. Realised amounts are null where the evaluator
 * gives no realised benefit (no actual, or before the programme's first year).
 */
export function benefitLines(evaluation: ProgrammeEvaluation): BenefitLine[] {
  const lines: BenefitLine[] = [];
  for (const strand of evaluation.strands) {
    for (const m of strand.metrics) {
      const money = m.monetisation;
      if (money === null) continue;
      const { unitCost } = money;
      for (const p of m.periods) {
        const { forecast, forecastImprovement } = p;
        if (forecast === null || forecastImprovement === null || p.forecastBenefit === null) {
          continue;
        }
        const forecastParts = bearerParts(p.forecastBenefit, unitCost.bearers);
        const realisedParts =
          p.realisedBenefit === null ? null : bearerParts(p.realisedBenefit, unitCost.bearers);
        forecastParts.forEach((part, i) => {
          const forecastBenefit = part.benefit;
          const forecastCashable = cashablePart(forecastBenefit, unitCost.cashableShare);
          const realisedBenefit = realisedParts?.[i]?.benefit ?? null;
          const realisedCashable =
            realisedBenefit === null ? null : cashablePart(realisedBenefit, unitCost.cashableShare);
          lines.push({
            metricId: m.metric.id,
            metricName: m.metric.name,
            strandId: strand.strand.id,
            outcomeId: m.metric.outcomeId,
            unitCostId: unitCost.id,
            category: unitCost.category,
            partnerId: part.partnerId,
            periodStart: p.periodStart,
            periodEnd: p.periodEnd,
            label: p.label,
            financialYear: p.financialYear,
            toDate: p.toDate,
            comparable: p.comparable,
            counterfactual: p.counterfactual,
            forecast,
            actual: p.actual,
            forecastImprovement,
            actualImprovement: p.actualImprovement,
            attribution: money.attribution,
            unitCostAsPriced: money.unitCostAsPriced,
            deflatorFactor: money.deflatorFactor,
            upratedUnitCost: money.upratedUnitCost,
            optimismBias: money.optimismBias,
            periodLengthFactor: money.periodLengthFactor,
            ...additionalityShares(money.additionality),
            valuePerUnit: money.valuePerUnit,
            bearerShare: part.share,
            cashableShare: unitCost.cashableShare,
            forecastBenefit,
            forecastCashable,
            realisedBenefit,
            realisedCashable,
            pence: {
              forecastBenefit: toPence(forecastBenefit),
              forecastCashable: toPence(forecastCashable),
              realisedBenefit: toPence(realisedBenefit),
              realisedCashable: toPence(realisedCashable),
            },
          });
        });
      }
    }
  }
  return lines;
}

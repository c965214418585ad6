// How much of a metric's realised benefit comes from the counterfactual's assumed growth alone.
// For lower is better the improvement splits exactly in two:
//   cf − x = (cf − baseline) + (baseline − x)
// the first part is demand the business case assumed would have appeared without the change; the
// second is the change against the measured baseline, the only part an SPC chart of the actuals
// can see. With polarity p the same identity reads p(x − cf) = p(baseline − cf) + p(x − baseline).
// Both parts are monetised the same way as the benefit (DESIGN.md "Calculations": units ×
// attribution × uprated unit cost × (1 − optimism bias) × period length), so they add up to the
// realised benefit to date. This is the arithmetic of the Green Book's counterfactual ("business
// as usual") made visible: it is why a chart can show concern while money is booked as realised.
import { improvement } from '../calc/improvement.js';
import type { MetricEvaluation } from '../evaluation.js';

export interface BenefitFromGrowth {
  /** Σ realised benefit over the comparable periods: MetricEvaluation.realisedBenefitToDate. */
  realisedBenefitToDate: number;
  /** The part from the counterfactual rising above the baseline: p(baseline − cf) monetised. */
  fromAssumedGrowth: number;
  /** The part from the actuals against the baseline: p(x − baseline) monetised. */
  fromChangeAgainstBaseline: number;
}

/**
 * The split of the realised benefit to date, over the same periods it is summed on (comparable
 * periods that carry a realised benefit); null for a metric that is not monetised. Full precision.
 */
export function benefitFromGrowth(evaluation: MetricEvaluation): BenefitFromGrowth | null {
  const { monetisation, metric } = evaluation;
  if (monetisation === null) return null;
  let realised = 0;
  let fromGrowth = 0;
  for (const p of evaluation.periods) {
    if (!p.comparable || p.realisedBenefit === null) continue;
    realised += p.realisedBenefit;
    fromGrowth +=
      improvement(metric.baseline.value, p.counterfactual, metric.polarity) *
      monetisation.valuePerUnit;
  }
  return {
    realisedBenefitToDate: realised,
    fromAssumedGrowth: fromGrowth,
    fromChangeAgainstBaseline: realised - fromGrowth,
  };
}

/**
 * The chart and the money disagree: the latest point is special-cause concern (the metric is
 * getting worse as a process) while a benefit is booked as realised, part of it from the assumed
 * growth. Both are true at once when the counterfactual grows faster than the actuals worsen: the
 * words on the page must say so. False for a metric that is not monetised.
 */
export function spcAndMoneyDisagree(
  variation: 'common-cause' | 'special-cause-improvement' | 'special-cause-concern' | null,
  split: BenefitFromGrowth | null,
): boolean {
  return (
    variation === 'special-cause-concern' &&
    split !== null &&
    split.realisedBenefitToDate > 0 &&
    split.fromAssumedGrowth > 0
  );
}

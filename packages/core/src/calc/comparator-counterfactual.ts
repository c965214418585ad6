// A comparison series as the counterfactual: instead of growing the baseline at an assumed rate,
// the metric's level without the change is taken to move as a comparator moved — another area's
// series or the national one — scaled to the baseline:
//
//   cf_t = baseline × C_t / C̄_base
//
// C_t the comparator in period t, C̄_base its mean over the baseline's measurement window. The
// improvement p × (x_t − cf_t) is then a (proportional) difference in differences: the change in
// the area against its baseline, less the change the comparator shows over the same time (HM
// Treasury Magenta Book 2020, chapter 3, "difference-in-differences": the outcome's change for
// those affected compared with its change for a comparison group, which stands for what would
// have happened anyway). Scaling by the ratio rather than adding the difference lets a comparator
// of another size (a national count) stand for a local one.
import type { Comparator, IsoDate } from '../domain.js';

export type { Comparator };

/**
 * C̄_base: the mean of the comparator's values whose periods start within [from, to] (the
 * baseline's measurement window). Throws when it has none there, or their mean is not positive.
 */
export function comparatorBaseLevel(
  comparator: Comparator,
  from: IsoDate,
  to: IsoDate,
  metricId: string,
): number {
  const inWindow = comparator.values.filter((v) => v.periodStart >= from && v.periodStart <= to);
  if (inWindow.length === 0) {
    throw new RangeError(
      `Metric '${metricId}': the comparator has no value from ${from} to ${to}, the baseline's measurement period`,
    );
  }
  const mean = inWindow.reduce((s, v) => s + v.value, 0) / inWindow.length;
  if (!(mean > 0)) {
    throw new RangeError(
      `Metric '${metricId}': the comparator's mean over the baseline period must be above 0`,
    );
  }
  return mean;
}

/** baseline × comparator_t / comparator's base level. */
export function comparatorCounterfactual(
  baseline: number,
  comparatorAt: number,
  comparatorBase: number,
): number {
  if (!(comparatorBase > 0)) throw new RangeError('The comparator base level must be above 0');
  return (baseline * comparatorAt) / comparatorBase;
}

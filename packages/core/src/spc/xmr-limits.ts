// XmR limits from a baseline (methods.md §4.1, NHSRplotthedots `ptd_spc_standard`).
import { LIMIT_CONSTANT, MR_SCREEN_CONSTANT, TWO_SIGMA_CONSTANT } from './constants.js';
import type { SpcLimits } from './types.js';

function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function movingRanges(values: readonly number[]): number[] {
  const ranges: number[] = [];
  let previous: number | undefined;
  for (const v of values) {
    if (previous !== undefined) ranges.push(Math.abs(v - previous));
    previous = v;
  }
  return ranges;
}

/**
 * Mean, average moving range and limits of a baseline, in period order. Moving ranges at or
 * above 3.267 × AMR are dropped once and AMR recomputed, as NHSRplotthedots does by default (the
 * MDC Excel tool does not screen). Needs two values: one value has no moving range.
 */
export function xmrLimits(values: readonly number[]): SpcLimits {
  if (values.length < 2) {
    throw new RangeError(
      `XmR limits need at least 2 values (one moving range), got ${values.length}`,
    );
  }
  const mean = meanOf(values);
  const ranges = movingRanges(values);
  const firstAmr = meanOf(ranges);
  // With AMR 0 every range equals the threshold and `≥` would drop them all, leaving the mean of
  // nothing (NaN in R). A flat baseline has no jumps to screen, so keep its ranges. With AMR > 0
  // the smallest range is ≤ AMR < 3.267 × AMR, so at least one range always survives.
  const kept = firstAmr > 0 ? ranges.filter((r) => r < MR_SCREEN_CONSTANT * firstAmr) : ranges;
  const amr = meanOf(kept);
  return {
    mean,
    averageMovingRange: amr,
    upperLimit: mean + LIMIT_CONSTANT * amr,
    lowerLimit: mean - LIMIT_CONSTANT * amr,
    upperTwoSigma: mean + TWO_SIGMA_CONSTANT * amr,
    lowerTwoSigma: mean - TWO_SIGMA_CONSTANT * amr,
  };
}

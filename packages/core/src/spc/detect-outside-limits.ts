// Rule 1: a point outside the process limits (an "astronomical" point).
import type { SpcFlag, SpcLimits } from './types.js';

/**
 * +1 above the upper limit, −1 below the lower limit, null otherwise. Strict comparisons: a point
 * exactly on a limit is inside, as in NHSRplotthedots.
 */
export function detectOutsideLimits(
  values: readonly number[],
  limits: Pick<SpcLimits, 'upperLimit' | 'lowerLimit'>,
): SpcFlag[] {
  return values.map((v) => {
    if (v > limits.upperLimit) return 1;
    if (v < limits.lowerLimit) return -1;
    return null;
  });
}

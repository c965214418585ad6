// The assurance icon: can the process, as it runs now, be relied on to meet the target?
// A target beyond a process limit is met (or missed) by every point the process will produce;
// a target between the limits is met by some points and missed by others.
import { polarityOf } from '../calc/polarity.js';
import type { Polarity } from '../domain.js';
import type { SpcAssurance, SpcLimits } from './types.js';

/**
 * Lower is better: target above the upper limit → consistently passes, below the lower limit →
 * consistently fails; higher is better mirrors this. A target exactly on a limit is hit and miss
 * (the limit is not a guarantee), as in NHSRplotthedots' strict comparisons. No target → null.
 */
export function assuranceFor(
  target: number | null | undefined,
  limits: Pick<SpcLimits, 'upperLimit' | 'lowerLimit'>,
  polarity: Polarity,
): SpcAssurance | null {
  if (target === null || target === undefined || !Number.isFinite(target)) return null;
  // +1: the whole process runs below the target; −1: it runs above it.
  const targetSide = target > limits.upperLimit ? 1 : target < limits.lowerLimit ? -1 : 0;
  if (targetSide === 0) return 'hit-and-miss';
  // Running below the target (targetSide +1) passes exactly when lower is better (polarity −1).
  return targetSide * polarityOf(polarity) < 0 ? 'consistently-passes' : 'consistently-fails';
}

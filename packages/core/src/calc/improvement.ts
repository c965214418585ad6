// Improvement against the counterfactual, signed so that "better" is positive.
import type { Polarity } from '../domain.js';
import { polarityOf } from './polarity.js';

/**
 * p × (x − cf): for lower-is-better metrics this is demand avoided, cf − x. A value worse than
 * the counterfactual gives a negative improvement, which is kept (never clipped to zero).
 */
export function improvement(
  value: number,
  counterfactualValue: number,
  polarity: Polarity,
): number {
  return polarityOf(polarity) * (value - counterfactualValue);
}

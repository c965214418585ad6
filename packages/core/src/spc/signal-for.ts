// Improvement or concern: the flagged direction read against which way is better.
import { polarityOf } from '../calc/polarity.js';
import type { Polarity } from '../domain.js';
import type { SpcDirection, SpcSignal } from './types.js';

/**
 * direction (+1 above / increasing, −1 below / decreasing) × polarity (+1 higher is better,
 * −1 lower is better): positive is an improvement, negative a concern. Both are ±1, so the
 * product is never 0.
 */
export function signalFor(direction: SpcDirection, polarity: Polarity): SpcSignal {
  return direction * polarityOf(polarity) > 0 ? 'improvement' : 'concern';
}

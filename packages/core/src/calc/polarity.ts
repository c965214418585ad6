// Polarity turns "which way is better" into a sign, so that every improvement is positive when
// things get better whichever way the metric runs.
import type { Polarity } from '../domain.js';

/** −1 when lower is better (fewer incidents), +1 when higher is better (more people in work). */
export function polarityOf(p: Polarity): 1 | -1 {
  return p === 'higher' ? 1 : -1;
}

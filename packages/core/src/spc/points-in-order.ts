// The rules read a series in period order, so the analysis sorts its input rather than trust
// the caller, and refuses input for which no order or moving range makes sense.
import { compareIsoDates } from './compare-iso-dates.js';
import type { SpcInputPoint } from './types.js';

/**
 * A sorted copy (by periodStart). Throws RangeError on two points for the same period (which
 * would add a zero moving range) or a value that is not a finite number.
 */
export function pointsInOrder(points: readonly SpcInputPoint[]): SpcInputPoint[] {
  const sorted = [...points].sort((a, b) => compareIsoDates(a.periodStart, b.periodStart));
  let previous: SpcInputPoint | undefined;
  for (const p of sorted) {
    if (!Number.isFinite(p.value)) {
      throw new RangeError(`SPC value for ${p.periodStart} is not a finite number: ${p.value}`);
    }
    if (previous?.periodStart === p.periodStart) {
      throw new RangeError(`Two SPC points for the period starting ${p.periodStart}`);
    }
    previous = p;
  }
  return sorted;
}

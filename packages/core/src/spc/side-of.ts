// Which side of a reference a value lies on, as a direction. Shared by the rules so that "on
// the line" means the same everywhere: exactly equal, with no tolerance, as R's sign() has it.
import type { SpcFlag } from './types.js';

/** +1 when value > reference, −1 when value < reference, null when they are equal. */
export function sideOf(value: number, reference: number): SpcFlag {
  if (value > reference) return 1;
  if (value < reference) return -1;
  return null;
}

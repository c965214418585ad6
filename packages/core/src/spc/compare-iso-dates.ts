// Sort comparator for ISO dates. `YYYY-MM-DD` strings sort by date in plain code-unit order;
// localeCompare would bring a locale's collation into what is a purely numeric ordering.
import type { IsoDate } from '../domain.js';

/** Negative when a is earlier, positive when later, 0 when the same date. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return 0;
}

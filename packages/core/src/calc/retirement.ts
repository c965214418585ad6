// Retiring a metric (issue 17): a metric with returned figures is never deleted, only retired
// from a date, the start of one of its periods. Periods before that date are unchanged (their
// figures, RAG and achievement stand); a period starting on or after it is owed by no one, so it
// is neither overdue, nor due next, nor a missing return.
import type { IsoDate } from '../domain.js';

/**
 * Whether figures are due for the period starting `periodStart` of a metric retired from
 * `retiredFrom` (absent or null: in use, so every period is due). ISO dates compare as strings in
 * calendar order.
 */
export function figuresDue(periodStart: IsoDate, retiredFrom: IsoDate | null | undefined): boolean {
  return retiredFrom === null || retiredFrom === undefined || periodStart < retiredFrom;
}

/**
 * The returned periods that retiring from `retiredFrom` would leave owed by no one: those
 * starting on or after it, in calendar order. Retiring is refused while any exists (retire it
 * from a date after its last returned figure instead).
 */
export function returnedOnOrAfter(
  returnedPeriodStarts: readonly IsoDate[],
  retiredFrom: IsoDate,
): IsoDate[] {
  return returnedPeriodStarts.filter((start) => !figuresDue(start, retiredFrom)).sort();
}

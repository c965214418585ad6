// A cumulative metric (a running total, such as "families with results achieved to date") is
// charted and judged as what each period added. The running total itself only ever rises, so
// its moving ranges say nothing about routine variation, and a flat stretch gives limits of zero
// width. Making Data Count charts the per-period count (methods.md §4): we chart the increments.
import type { Frequency, IsoDate } from '../domain.js';
import { nextPeriodStart } from '../periods/period.js';
import { pointsInOrder } from './points-in-order.js';
import type { SpcInputPoint } from './types.js';

/**
 * value(t) − value(t−1) for each period whose immediately preceding period has a value too. The
 * first period has no increment, and neither has a period after a gap (a missing return): the
 * difference there spans two periods, so it is not one period's increment and is left out rather
 * than misread. Points may come in any order.
 */
export function periodIncrements(
  points: readonly SpcInputPoint[],
  frequency: Frequency,
): SpcInputPoint[] {
  const inOrder = pointsInOrder(points);
  const increments: SpcInputPoint[] = [];
  for (let i = 1; i < inOrder.length; i++) {
    const previous = inOrder[i - 1];
    const current = inOrder[i];
    if (previous === undefined || current === undefined) continue;
    if (nextPeriodStart(previous.periodStart, frequency) !== current.periodStart) continue;
    increments.push({ periodStart: current.periodStart, value: current.value - previous.value });
  }
  return increments;
}

/**
 * The increment a cumulative forecast expects in `periodStart`: forecast(t) − forecast(t−1), or
 * null when either is missing (the first forecast period has no increment to compare against).
 */
export function forecastIncrement(
  forecasts: ReadonlyMap<IsoDate, number>,
  periodStart: IsoDate,
  frequency: Frequency,
): number | null {
  const current = forecasts.get(periodStart);
  if (current === undefined) return null;
  const previous = [...forecasts.keys()].find((p) => nextPeriodStart(p, frequency) === periodStart);
  return previous === undefined ? null : current - (forecasts.get(previous) as number);
}

// A Recharts value axis at nice round ticks (see niceTicks in @outcomes/core): the ends and the
// tick values for the numbers a chart plots, so no axis reads £8.5m, £17m or 225, 270, 315.
import { niceTicks } from '@outcomes/core';

export interface ValueAxisProps {
  domain: [number, number];
  ticks: number[];
  allowDataOverflow: false;
}

/** Undefined when the rows hold no number under `keys` (Recharts then picks its own). */
export function niceValueAxis(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
  options: { includeZero: boolean; maxTicks?: number },
): ValueAxisProps | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (typeof value === 'number' && Number.isFinite(value)) {
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
  }
  if (low > high) return undefined;
  const axis = niceTicks(low, high, options);
  return { domain: [axis.min, axis.max], ticks: axis.ticks, allowDataOverflow: false };
}

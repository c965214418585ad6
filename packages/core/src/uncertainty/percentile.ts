// Percentiles of a sample by linear interpolation between order statistics (Hyndman and Fan's
// type 7, the default of R's quantile() and of spreadsheets' PERCENTILE.INC), so a reader can
// check P10, P50 and P90 in a spreadsheet from the same draws.

/** The q-quantile (q in [0, 1]) of values already sorted ascending. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('No values to take a percentile of');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`Quantile ${q} must be from 0 to 1`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

// "Nice" axis ticks: a chart's value axis marked at round numbers a reader can add up in their
// head (1, 2, 2.5 or 5 × 10^n apart: £0, £5m, £10m, £15m; 200, 250, 300), never the odd steps a
// chart library picks by splitting the range evenly (£8.5m, £17m; 225, 270, 315). The step is
// the smallest nice number that covers the range in at most `maxTicks - 1` intervals (Heckbert,
// "Nice numbers for graph labels", Graphics Gems, 1990, with 2.5 added as money charts use it).

export interface NiceAxis {
  /** The axis's ends: multiples of `step` that hold every value. */
  min: number;
  max: number;
  step: number;
  /** From min to max, `step` apart. */
  ticks: number[];
}

const MANTISSAS = [1, 2, 2.5, 5, 10] as const;

/** The smallest 1, 2, 2.5 or 5 × 10^n that is at least `raw` (raw > 0). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) throw new RangeError(`niceStep needs a positive step`);
  const power = 10 ** Math.floor(Math.log10(raw));
  // Rounding absorbs log10's drift (log10(1000) may be 2.9999999999999996).
  const fraction = Number((raw / power).toPrecision(12));
  const mantissa = MANTISSAS.find((m) => m >= fraction) ?? 10;
  return mantissa * power;
}

/** Trims floating-point dust (0.30000000000000004) from a multiple of the step. */
const clean = (value: number, step: number): number => {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(value.toFixed(Math.min(decimals, 20))) || 0; // `|| 0`: never -0
};

/**
 * Ticks for values from `low` to `high` (either order). `includeZero` anchors the axis at 0
 * (money, counts); otherwise it fits the data. At most `maxTicks` ticks (≥ 2).
 */
export function niceTicks(
  low: number,
  high: number,
  options: { maxTicks?: number; includeZero?: boolean } = {},
): NiceAxis {
  const maxTicks = Math.max(2, Math.floor(options.maxTicks ?? 6));
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    throw new RangeError('niceTicks needs finite values');
  }
  if (options.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    // One value: an axis from 0 to it (or a unit either side of 0).
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  let step = niceStep((hi - lo) / (maxTicks - 1));
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  // Rounding the ends outwards can add an interval; take the next step up until it fits.
  while (Math.round((max - min) / step) + 1 > maxTicks) {
    step = niceStep(step * 1.0000001);
    min = Math.floor(lo / step) * step;
    max = Math.ceil(hi / step) * step;
  }
  const count = Math.round((max - min) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(min + i * step, step));
  return { min: clean(min, step), max: clean(max, step), step, ticks };
}

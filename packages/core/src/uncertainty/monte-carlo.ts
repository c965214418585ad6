// A Monte Carlo run of the business case's net present value: each draw takes one value for
// every uncertain input from its stated distribution (UNCERTAIN_INPUTS order, one uniform number
// each, from a seeded generator, so the same seed gives the same draws) and evaluates the fast
// NPV model. The result is P10, P50 and P90 (HM Treasury Green Book 2022, chapter 5, "Monte
// Carlo analysis": a distribution of outcomes rather than a single value), the mean, the share
// of draws below zero and a histogram.
import { modelNpv, type NpvModel } from './npv-model.js';
import { percentileSorted } from './percentile.js';
import { mulberry32 } from './prng.js';
import { checkDistribution, drawFrom } from './sample.js';
import {
  centralValues,
  UNCERTAIN_INPUTS,
  type Distribution,
  type UncertainInputKey,
} from './uncertain-inputs.js';

export const DEFAULT_DRAWS = 10_000;
export const MAX_DRAWS = 100_000;
export const HISTOGRAM_BINS = 20;

export type Ranges = Record<UncertainInputKey, Distribution>;

/** The stated default ranges for a programme with this discount rate. */
export function defaultRanges(discountRate: number): Ranges {
  return Object.fromEntries(
    UNCERTAIN_INPUTS.map((i) => [i.key, i.distribution(discountRate)]),
  ) as Ranges;
}

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

export interface MonteCarloResult {
  seed: number;
  draws: number;
  ranges: Ranges;
  /** NPV at the pack's own values. */
  central: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  min: number;
  max: number;
  /** Share of draws with NPV below zero. */
  shareBelowZero: number;
  histogram: HistogramBin[];
}

/** Equal-width bins from the lowest to the highest value (the last bin includes its top). */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  const lo = sorted[0] ?? 0;
  const hi = sorted[sorted.length - 1] ?? 0;
  const width = (hi - lo) / bins;
  const out = Array.from({ length: bins }, (_, i) => ({
    from: lo + i * width,
    to: i === bins - 1 ? hi : lo + (i + 1) * width,
    count: 0,
  }));
  for (const x of sorted) {
    const i = width === 0 ? 0 : Math.min(bins - 1, Math.floor((x - lo) / width));
    (out[i] as HistogramBin).count += 1;
  }
  return out;
}

export function runMonteCarlo(
  model: NpvModel,
  options: { seed: number; draws?: number; ranges?: Ranges },
): MonteCarloResult {
  const draws = options.draws ?? DEFAULT_DRAWS;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new RangeError(`Draws must be a whole number from 1 to ${MAX_DRAWS}`);
  }
  const ranges = options.ranges ?? defaultRanges(model.discountRate);
  for (const { key } of UNCERTAIN_INPUTS) checkDistribution(ranges[key], key);
  if (ranges.discountRate.min < 0 || ranges.discountRate.max >= 1) {
    throw new RangeError('discountRate: range must lie from 0 up to (not including) 1');
  }
  const random = mulberry32(options.seed);
  const values = centralValues(model.discountRate);
  const npv = new Float64Array(draws);
  let sum = 0;
  let below = 0;
  for (let d = 0; d < draws; d++) {
    for (const { key } of UNCERTAIN_INPUTS) values[key] = drawFrom(ranges[key], random());
    const x = modelNpv(model, values);
    npv[d] = x;
    sum += x;
    if (x < 0) below += 1;
  }
  npv.sort();
  return {
    seed: options.seed,
    draws,
    ranges,
    central: modelNpv(model, centralValues(model.discountRate)),
    p10: percentileSorted(npv, 0.1),
    p50: percentileSorted(npv, 0.5),
    p90: percentileSorted(npv, 0.9),
    mean: sum / draws,
    min: npv[0] as number,
    max: npv[draws - 1] as number,
    shareBelowZero: below / draws,
    histogram: histogram(npv, HISTOGRAM_BINS),
  };
}

// Lag, persistence and drop-off: how long the value of an outcome lasts. The GMCA (New Economy)
// cost-benefit analysis guidance (HM Treasury / New Economy, "Supporting public service
// transformation: cost benefit analysis guidance for local partnerships", 2014, and the GM CBA
// model it nationalises) profiles each benefit over time: it starts a lag after the activity,
// persists for a stated number of years and falls by a drop-off rate each year after the first.
// The SROI guide (Cabinet Office, "A guide to Social Return on Investment", 2012, stage 4.4)
// defines drop-off the same way: the share of the outcome lost each year, applied to what is
// left of it the year before. The Green Book (HM Treasury 2022, chapter 5 and §A6 on
// discounting) asks that benefits be valued in the years they fall and discounted from then,
// which is why the later years are worth less here: the caller discounts the profiled series at
// the programme's rate (calc/returns/present-value.ts). Our reading of the profile, stated
// because the guidance's own tables were not seen (methods.md §1.2 "Lag and profile [U]"):
//
//   value achieved in year y is realised in year y + L + k at (1 − d)^k, for k = 0 .. P − 1
//
// L = lag (whole years, ≥ 0), P = persistence (years the value lasts, the first included, ≥ 1),
// d = drop-off (share lost each further year, in [0, 1]). L = 0, P = 1, d = 0 is the identity:
// a value counts once, in the year it is achieved, exactly as every figure did before.
import type { Persistence } from '../../domain.js';

export type PersistenceProfile = Pick<Persistence, 'lagYears' | 'persistenceYears' | 'dropOffRate'>;

/** No lag, one year, no drop-off: the identity, so a metric without a profile keeps its figures. */
export const NO_PERSISTENCE: Readonly<PersistenceProfile> = Object.freeze({
  lagYears: 0,
  persistenceYears: 1,
  dropOffRate: 0,
});

/** Throws a RangeError naming the field when a profile's value is out of its range. */
export function checkPersistenceProfile(p: PersistenceProfile): void {
  if (!Number.isInteger(p.lagYears) || p.lagYears < 0) {
    throw new RangeError(`The lag must be a whole number of years, 0 or more, got ${p.lagYears}`);
  }
  if (!Number.isInteger(p.persistenceYears) || p.persistenceYears < 1) {
    throw new RangeError(
      `The persistence must be a whole number of years, 1 or more, got ${p.persistenceYears}`,
    );
  }
  if (!Number.isFinite(p.dropOffRate) || p.dropOffRate < 0 || p.dropOffRate > 1) {
    throw new RangeError(`The drop-off rate must be a number in [0, 1], got ${p.dropOffRate}`);
  }
}

/** The share of a year's value realised in each year of its life: (1 − d)^k, k = 0 .. P − 1. */
export function persistenceWeights(p: PersistenceProfile): number[] {
  checkPersistenceProfile(p);
  const weights: number[] = [];
  let w = 1;
  for (let k = 0; k < p.persistenceYears; k++) {
    weights.push(w);
    w *= 1 - p.dropOffRate;
  }
  return weights;
}

/**
 * The values realised by year from the values achieved by year (both indexed from the same
 * first year): out[y + L + k] += values[y] × (1 − d)^k. The result is L + P − 1 years longer
 * than the input, so value that falls after the last year with an outcome is kept, not cut off.
 * With the identity profile the result is a copy of the input, value for value.
 */
export function profileValues(values: readonly number[], p: PersistenceProfile): number[] {
  const weights = persistenceWeights(p);
  const out = new Array<number>(values.length + p.lagYears + weights.length - 1).fill(0);
  values.forEach((v, y) => {
    weights.forEach((w, k) => {
      const j = y + p.lagYears + k;
      out[j] = (out[j] as number) + v * w;
    });
  });
  return out;
}

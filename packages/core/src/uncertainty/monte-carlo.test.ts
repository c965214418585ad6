import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateFinance } from '../finance/evaluate-finance.js';
import { buildNpvModel, modelNpv } from './npv-model.js';
import { defaultRanges, histogram, runMonteCarlo } from './monte-carlo.js';
import { percentileSorted } from './percentile.js';
import { mulberry32 } from './prng.js';
import { drawFrom } from './sample.js';
import { centralValues } from './uncertain-inputs.js';

describe('the sampling pieces', () => {
  it('mulberry32 repeats its sequence for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(first.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });

  it('inverts the triangular and uniform distributions', () => {
    // Triangular (0, 1, 4): F(mode) = 1/4. u = 0.25 → the mode, 1. u = 0.0625 < 1/4:
    // 0 + √(0.0625 × 4 × 1) = 0.5. u = 0.75: 4 − √(0.25 × 4 × 3) = 4 − √3 = 2.267949.
    const tri = { type: 'triangular', min: 0, mode: 1, max: 4 } as const;
    expect(drawFrom(tri, 0.25)).toBeCloseTo(1, 12);
    expect(drawFrom(tri, 0.0625)).toBeCloseTo(0.5, 12);
    expect(drawFrom(tri, 0.75)).toBeCloseTo(4 - Math.sqrt(3), 12);
    // Uniform (2, 6) at u = 0.25: 2 + 0.25 × 4 = 3.
    expect(drawFrom({ type: 'uniform', min: 2, max: 6 }, 0.25)).toBe(3);
  });

  it('takes percentiles by linear interpolation (type 7)', () => {
    // 1..5, P10: h = 4 × 0.1 = 0.4 → 1 + 0.4 × (2 − 1) = 1.4; P50 = 3; P90: h = 3.6 → 4.6.
    const v = new Float64Array([1, 2, 3, 4, 5]);
    expect(percentileSorted(v, 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileSorted(v, 0.5)).toBe(3);
    expect(percentileSorted(v, 0.9)).toBeCloseTo(4.6, 12);
  });

  it('bins a histogram from lowest to highest', () => {
    // 0..10 in 2 bins of width 5: [0, 5) holds 0, 1, 4; [5, 10] holds 5, 10.
    const bins = histogram(new Float64Array([0, 1, 4, 5, 10]), 2);
    expect(bins.map((b) => b.count)).toEqual([3, 2]);
    expect(bins[1]?.to).toBe(10);
  });
});

describe('runMonteCarlo', () => {
  const model = buildNpvModel(evaluateFinance(smallProgramme(), AS_OF));

  it('is reproducible from its seed', () => {
    const a = runMonteCarlo(model, { seed: 7, draws: 2000 });
    const b = runMonteCarlo(model, { seed: 7, draws: 2000 });
    expect(b).toEqual(a);
    expect(runMonteCarlo(model, { seed: 8, draws: 2000 }).p50).not.toBe(a.p50);
  });

  it('gives ordered percentiles around the central NPV and every draw in a bin', () => {
    const r = runMonteCarlo(model, { seed: 1, draws: 10_000 });
    expect(r.central).toBeCloseTo(modelNpv(model, centralValues(0.035)), 9);
    expect(r.min).toBeLessThanOrEqual(r.p10);
    expect(r.p10).toBeLessThan(r.p50);
    expect(r.p50).toBeLessThan(r.p90);
    expect(r.p90).toBeLessThanOrEqual(r.max);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(10_000);
    expect(r.ranges).toEqual(defaultRanges(0.035));
  });

  it('with every range shut to a point, every draw is that point', () => {
    // Unit costs fixed at ×0.790010 (the switching value) and the rest at the pack's values:
    // every draw's NPV is 0 (to rounding), so P10 = P50 = P90 = 0.
    const point = (x: number) => ({ type: 'uniform', min: x, max: x }) as const;
    const r = runMonteCarlo(model, {
      seed: 3,
      draws: 100,
      ranges: {
        growth: point(0),
        attribution: point(1),
        optimismBias: point(0),
        unitCosts: point(198309.17874396135 / 251021.01449275363),
        discountRate: point(0.035),
        dropOff: point(0),
      },
    });
    expect(r.p10).toBeCloseTo(0, 6);
    expect(r.p90).toBeCloseTo(0, 6);
  });

  it('refuses a draw count out of bounds', () => {
    expect(() => runMonteCarlo(model, { seed: 1, draws: 0 })).toThrow(/Draws/);
    expect(() => runMonteCarlo(model, { seed: 1, draws: 100_001 })).toThrow(/Draws/);
  });
});

import { describe, expect, it } from 'vitest';
import { TWO_SIGMA_CONSTANT } from './constants.js';
import { xmrLimits } from './xmr-limits.js';

describe('xmrLimits', () => {
  it('matches the worked example baseline (methods.md §4.4)', () => {
    // Values: 100 104 98 102 99 101 103 97 100 102 99 101.
    // Sum = 1206, so mean = 1206 / 12 = 100.5.
    // Moving ranges: 4 6 4 3 2 2 6 3 2 3 2, sum 37, so AMR = 37 / 11 = 3.363636…
    // Screening threshold 3.267 × 3.363636 = 10.989; the largest range is 6, none dropped.
    // Limits: 100.5 ± 2.66 × 3.363636 = 100.5 ± 8.947273 → 109.447273 and 91.552727.
    // 2-sigma: 100.5 ± 1.773333 × 3.363636 = 100.5 ± 5.964848 → 106.464848 and 94.535152.
    const limits = xmrLimits([100, 104, 98, 102, 99, 101, 103, 97, 100, 102, 99, 101]);
    expect(limits.mean).toBe(100.5);
    expect(limits.averageMovingRange).toBeCloseTo(37 / 11, 12);
    expect(limits.upperLimit).toBeCloseTo(109.447, 3);
    expect(limits.lowerLimit).toBeCloseTo(91.553, 3);
    expect(limits.upperTwoSigma).toBeCloseTo(106.465, 3);
    expect(limits.lowerTwoSigma).toBeCloseTo(94.535, 3);
  });

  it('drops a moving range at or above 3.267 × AMR and recomputes AMR', () => {
    // Values: 10 12 10 12 10 12 10 40. Moving ranges: 2 2 2 2 2 2 30.
    // First AMR = (6 × 2 + 30) / 7 = 42 / 7 = 6; threshold 3.267 × 6 = 19.602.
    // 30 ≥ 19.602 is dropped; AMR = (6 × 2) / 6 = 2.
    // Mean = (4 × 10 + 3 × 12 + 40) / 8 = 116 / 8 = 14.5 (the mean is not screened).
    // Limits 14.5 ± 2.66 × 2 = 14.5 ± 5.32 → 19.82 and 9.18.
    // 2-sigma 14.5 ± 1.773333 × 2 = 14.5 ± 3.546667 → 18.046667 and 10.953333.
    const limits = xmrLimits([10, 12, 10, 12, 10, 12, 10, 40]);
    expect(limits.mean).toBe(14.5);
    expect(limits.averageMovingRange).toBe(2);
    expect(limits.upperLimit).toBeCloseTo(19.82, 10);
    expect(limits.lowerLimit).toBeCloseTo(9.18, 10);
    expect(limits.upperTwoSigma).toBeCloseTo(18.046667, 6);
    expect(limits.lowerTwoSigma).toBeCloseTo(10.953333, 6);
  });

  it('screens once only', () => {
    // Values: 0 1 0 1 0 1 0 1 0 6 46. Moving ranges: eight 1s, then 6, then 40.
    // First AMR = (8 + 6 + 40) / 10 = 5.4; threshold 3.267 × 5.4 = 17.6418: 40 is dropped.
    // Second AMR = (8 + 6) / 9 = 14 / 9 = 1.5556. A second pass would also drop 6
    // (6 ≥ 3.267 × 1.5556 = 5.082) and give 8 / 8 = 1, but the method screens once.
    const limits = xmrLimits([0, 1, 0, 1, 0, 1, 0, 1, 0, 6, 46]);
    expect(limits.averageMovingRange).toBeCloseTo(14 / 9, 12);
  });

  it('gives limits equal to the mean for an all-equal baseline (AMR 0)', () => {
    // Values 5 5 5 5: mean 5, ranges 0 0 0, AMR 0. Screening would drop every range (0 ≥ 0) and
    // leave no mean, so it is skipped: AMR stays 0 and every line is 5.
    expect(xmrLimits([5, 5, 5, 5])).toEqual({
      mean: 5,
      averageMovingRange: 0,
      upperLimit: 5,
      lowerLimit: 5,
      upperTwoSigma: 5,
      lowerTwoSigma: 5,
    });
  });

  it('works from two values, one moving range', () => {
    // Values 3 7: mean 5, range 4, AMR 4 (threshold 13.068, kept).
    // Limits 5 ± 2.66 × 4 = 5 ± 10.64 → 15.64 and −5.64.
    const limits = xmrLimits([3, 7]);
    expect(limits.mean).toBe(5);
    expect(limits.averageMovingRange).toBe(4);
    expect(limits.upperLimit).toBeCloseTo(15.64, 10);
    expect(limits.lowerLimit).toBeCloseTo(-5.64, 10);
  });

  it('refuses fewer than two values: there is no moving range', () => {
    expect(() => xmrLimits([5])).toThrow(RangeError);
    expect(() => xmrLimits([])).toThrow(RangeError);
  });

  it('puts the 2-sigma lines two thirds of the way to the limits', () => {
    // 2 × (2.66 / 3) = 5.32 / 3 = 1.773333…
    expect(TWO_SIGMA_CONSTANT).toBeCloseTo(1.773333, 6);
  });
});

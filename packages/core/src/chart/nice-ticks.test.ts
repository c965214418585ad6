import { describe, expect, it } from 'vitest';
import { niceStep, niceTicks } from './nice-ticks.js';

const NICE = [1, 2, 2.5, 5];
/** True when the step is 1, 2, 2.5 or 5 × 10^n. */
const isNice = (step: number) =>
  NICE.some((m) => {
    const n = Math.log10(step / m);
    return Math.abs(n - Math.round(n)) < 1e-9;
  });

describe('niceStep', () => {
  it('rounds a raw step up to 1, 2, 2.5 or 5 × 10^n', () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.2)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(6)).toBe(10);
    expect(niceStep(45)).toBe(50);
    expect(niceStep(1000)).toBe(1000); // log10 drift must not make it 2000
    expect(niceStep(4_250_000)).toBe(5_000_000);
  });

  it('refuses zero, negative or non-finite steps', () => {
    expect(() => niceStep(0)).toThrow(RangeError);
    expect(() => niceStep(-1)).toThrow(RangeError);
    expect(() => niceStep(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('niceTicks', () => {
  it('money from £0 to £34m: steps of £5m, not £8.5m', () => {
    // The chart ticked at £8.5m and £17m: 34m / 4 intervals. Raw step for 6 ticks:
    // 34m / 5 = 6.8m → 10m; fewer ticks would do, but the helper takes the smallest nice step
    // that covers 0..34m in at most 5 intervals: 6.8m rounds up to 10m: 0, 10, 20, 30, 40.
    expect(niceTicks(0, 34_000_000, { includeZero: true }).ticks).toEqual([
      0, 10_000_000, 20_000_000, 30_000_000, 40_000_000,
    ]);
    // With up to 8 ticks: 34m / 7 = 4.86m → 5m: 0, 5, ..., 35m.
    expect(niceTicks(0, 34_000_000, { includeZero: true, maxTicks: 8 }).ticks).toEqual([
      0, 5e6, 10e6, 15e6, 20e6, 25e6, 30e6, 35e6,
    ]);
  });

  it('levels from 230 to 310 fitted to the data: 220, 240, ... not 225, 270, 315', () => {
    // Range 80, 6 ticks: 80 / 5 = 16 → 20; ends floor(230/20)·20 = 220 and ceil(310/20)·20 = 320.
    const axis = niceTicks(230, 310);
    expect(axis).toEqual({ min: 220, max: 320, step: 20, ticks: [220, 240, 260, 280, 300, 320] });
  });

  it('uses 2.5 × 10^n where it fits best', () => {
    // 0..9: 9 / 5 = 1.8 → 2: 0, 2, 4, 6, 8, 10. 0..11: 11 / 5 = 2.2 → 2.5: 0, 2.5, ..., 12.5.
    expect(niceTicks(0, 9).ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 11).ticks).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
  });

  it('takes a larger step when rounding the ends out would need too many ticks', () => {
    // 1..19 with 4 ticks: 18 / 3 = 6 → 10, ends 0 and 20: 0, 10, 20 (3 ticks, within 4).
    expect(niceTicks(1, 19, { maxTicks: 4 }).ticks).toEqual([0, 10, 20]);
    // 4.5..15.5 with 4 ticks: 11 / 3 = 3.67 → 5; ends 0 and 20 give 5 ticks, too many → 10.
    expect(niceTicks(4.5, 15.5, { maxTicks: 4 }).ticks).toEqual([0, 10, 20]);
  });

  it('covers negative values (a dis-benefit) and keeps zero on the axis', () => {
    // -1.2m..3.4m, 6 ticks: 4.6m / 5 = 0.92m → 1m: -2m, -1m, 0, ..., 4m (7 ticks > 6) → 2m.
    expect(niceTicks(-1_200_000, 3_400_000, { includeZero: true }).ticks).toEqual([
      -2e6, 0, 2e6, 4e6,
    ]);
  });

  it('handles a single value, all zero, and decimals without float dust', () => {
    // 7 alone: axis 0..7, 7 / 5 = 1.4 → 2: 0, 2, 4, 6, 8.
    expect(niceTicks(7, 7).ticks).toEqual([0, 2, 4, 6, 8]);
    // 0 alone: 0..1, 1 / 5 = 0.2: six ticks of 0.2 (0.6, not 0.6000000000000001).
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    // 0.1..0.7: 0.6 / 5 = 0.12 → 0.2; ends 0 and 0.8.
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    // -5 alone: -5..0, 5 / 5 = 1: -5 to 0 in ones; the last is 0, not -0.
    const negative = niceTicks(-5, -5).ticks;
    expect(negative).toEqual([-5, -4, -3, -2, -1, 0]);
    expect(Object.is(negative.at(-1), -0)).toBe(false);
  });

  it('always gives a nice step, holds every value and never exceeds maxTicks', () => {
    const cases: [number, number, number][] = [
      [0, 3_834_178.35, 6],
      [12.5, 97.3, 5],
      [-40, 315, 6],
      [0.003, 0.0071, 6],
      [1, 1_000_000_000, 7],
      [270, 315, 4],
    ];
    for (const [lo, hi, maxTicks] of cases) {
      const axis = niceTicks(lo, hi, { maxTicks });
      expect(isNice(axis.step), `${lo}..${hi}: step ${axis.step}`).toBe(true);
      expect(axis.min).toBeLessThanOrEqual(lo);
      expect(axis.max).toBeGreaterThanOrEqual(hi);
      expect(axis.ticks.length).toBeLessThanOrEqual(maxTicks);
      expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('refuses non-finite input', () => {
    expect(() => niceTicks(0, Number.NaN)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero, roundToPence } from './round.js';

describe('roundToPence', () => {
  it('rounds halves away from zero even when the double sits just below the half', () => {
    // 1.005 is stored as 1.00499999999999989..., and 1.005 * 100 = 100.49999999999999, so a
    // naive Math.round(x * 100) / 100 gives 1.00. Read as decimal, 1.005 is a half: → 1.01.
    expect(roundToPence(1.005)).toBe(1.01);
    // −2.675 is stored as −2.67499999999999982...; half away from zero → −2.68.
    expect(roundToPence(-2.675)).toBe(-2.68);
    // 0.125 is exact in binary; half away from zero → 0.13 (banker's rounding would give 0.12).
    expect(roundToPence(0.125)).toBe(0.13);
  });

  it('removes float noise from earlier arithmetic', () => {
    expect(roundToPence(46389.0999999)).toBe(46389.1);
    // 0.1 + 0.2 = 0.30000000000000004 → 0.3.
    expect(roundToPence(0.1 + 0.2)).toBe(0.3);
  });

  it('leaves pence alone and never returns negative zero', () => {
    expect(roundToPence(13160)).toBe(13160);
    expect(roundToPence(99583.66)).toBe(99583.66);
    // −0.004 rounds to −0.00, which we return as a plain 0.
    expect(Object.is(roundToPence(-0.004), 0)).toBe(true);
  });

  it('handles large sums and tiny values written in exponent form', () => {
    // 1,069,908.2846... → 1,069,908.28.
    expect(roundToPence(1069908.2846)).toBe(1069908.28);
    expect(roundToPence(1e-7)).toBe(0);
    expect(roundToPence(123456789012.345)).toBe(123456789012.35);
  });

  it('refuses NaN and infinity rather than show them as money', () => {
    expect(() => roundToPence(Number.NaN)).toThrow('not a finite number');
    expect(() => roundToPence(Infinity)).toThrow('not a finite number');
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds to any number of places', () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    // 1.2460 to 3 places: 1.246; 1.2465 → 1.247.
    expect(roundHalfAwayFromZero(1.2465, 3)).toBe(1.247);
    // 1250 to −2 places (nearest hundred): 12.5 hundreds → 13 hundreds.
    expect(roundHalfAwayFromZero(1250, -2)).toBe(1300);
  });
});

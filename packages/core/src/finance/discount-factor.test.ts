import { describe, expect, it } from 'vitest';
import { discountFactor } from './discount-factor.js';

describe('discountFactor (r = 3.5%)', () => {
  it('leaves the first year alone and discounts later years', () => {
    // t = 0: 1; t = 1: 1 / 1.035 = 0.966183…; t = 2: 1 / 1.071225 = 0.9335107004…
    expect(discountFactor(0, 0.035)).toBe(1);
    expect(discountFactor(1, 0.035)).toBeCloseTo(0.966183575, 9);
    expect(discountFactor(2, 0.035)).toBeCloseTo(0.9335107004, 9);
  });

  it('compounds a year before the first forward', () => {
    // t = −1: 1.035.
    expect(discountFactor(-1, 0.035)).toBeCloseTo(1.035, 12);
  });

  it('refuses a rate of −100% or less', () => {
    expect(() => discountFactor(1, -1)).toThrow('greater than −1');
  });
});

import { describe, expect, it } from 'vitest';
import { paybackYearIndex } from './payback.js';

describe('paybackYearIndex', () => {
  it('pays back at t = 2 in example C, undiscounted and discounted', () => {
    // Undiscounted cumulative net: 100k − 500k = −400k; + (600k − 300k) = −100k;
    // + (700k − 300k) = +300k → first ≥ 0 at t = 2 (the third year).
    expect(paybackYearIndex([500000, 300000, 300000], [100000, 600000, 700000])).toBe(2);
    // Discounted: −400,000; −400,000 + 300,000 / 1.035 = −110,144.93;
    // −110,144.93 + 400,000 / 1.035² = +263,259.35 → t = 2.
    const d = (v: number, t: number) => v / 1.035 ** t;
    expect(paybackYearIndex([500000, 300000, 300000].map(d), [100000, 600000, 700000].map(d))).toBe(
      2,
    );
  });

  it('counts reaching exactly zero as paid back', () => {
    // −100 + 100 = 0 at t = 1.
    expect(paybackYearIndex([200, 0], [100, 100])).toBe(1);
  });

  it('is null when cumulative net never reaches zero', () => {
    // −400k, −100k: still negative at the end.
    expect(paybackYearIndex([500000, 300000], [100000, 600000])).toBeNull();
    expect(paybackYearIndex([], [])).toBeNull();
  });

  it('treats a year missing from the shorter array as 0', () => {
    // Benefits run a year longer: −50, −50 + 80 = +30 at t = 1.
    expect(paybackYearIndex([100], [50, 80])).toBe(1);
  });
});

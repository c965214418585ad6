import { describe, expect, it } from 'vitest';
import { counterfactual } from './counterfactual.js';

describe('counterfactual', () => {
  it('is the baseline itself with no growth (290 a quarter stays 290)', () => {
    // 290 × (1 + 0)^3 = 290.
    expect(counterfactual(290, 0, 3)).toBe(290);
  });

  it('compounds growth once per financial year', () => {
    // k = 2: 1000 × 1.035² = 1000 × 1.071225 = 1071.225.
    expect(counterfactual(1000, 0.035, 2)).toBeCloseTo(1071.225, 9);
    // k = 0 in the first year: 1000.
    expect(counterfactual(1000, 0.035, 0)).toBe(1000);
  });

  it('discounts back before the first year (negative k)', () => {
    // k = −1: 1000 / 1.035 = 966.183574879...
    expect(counterfactual(1000, 0.035, -1)).toBeCloseTo(966.183574879, 9);
  });

  it('refuses growth of −100% or less', () => {
    expect(() => counterfactual(1000, -1, 1)).toThrow('greater than −1');
  });
});

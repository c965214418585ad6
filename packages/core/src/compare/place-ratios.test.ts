import { describe, expect, it } from 'vitest';
import { benefitPerPound, perTenThousand } from './place-ratios.js';

describe('perTenThousand', () => {
  it('is avoided / population × 10,000', () => {
    // 150 incidents avoided in a place of 330,000: 150 / 330,000 × 10,000 = 4.5454...
    expect(perTenThousand(150, 330_000)).toBeCloseTo(4.545454545, 8);
    // A dis-benefit stays negative: −20 / 40,000 × 10,000 = −5.
    expect(perTenThousand(-20, 40_000)).toBe(-5);
  });

  it('is null without a population and refuses a population that is not positive', () => {
    expect(perTenThousand(10, null)).toBeNull();
    expect(() => perTenThousand(10, 0)).toThrow('population must be a positive');
  });
});

describe('benefitPerPound', () => {
  it('is realised benefit over costs to date', () => {
    // £1,250,000 realised for £500,000 spent: £2.50 back per £1.
    expect(benefitPerPound(1_250_000, 500_000)).toBe(2.5);
  });

  it('is null before anything is spent', () => {
    expect(benefitPerPound(100, 0)).toBeNull();
  });
});

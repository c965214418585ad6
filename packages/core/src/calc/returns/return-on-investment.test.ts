import { describe, expect, it } from 'vitest';
import { presentValue } from './present-value.js';
import { returnOnInvestment } from './return-on-investment.js';

describe('returnOnInvestment', () => {
  it('is benefit / cost: example C ROI 1.246', () => {
    // 1,333,167.6352 / 1,069,908.2826 = 1.24606 → 1.246 to 3 dp.
    const roi = returnOnInvestment(
      presentValue([100000, 600000, 700000], 0.035),
      presentValue([500000, 300000, 300000], 0.035),
    );
    expect(roi).not.toBeNull();
    expect(Number(roi?.toFixed(3))).toBe(1.246);
  });

  it('is null when nothing has been spent', () => {
    expect(returnOnInvestment(5000, 0)).toBeNull();
  });

  it('is below 1 when the benefit has not covered the cost', () => {
    // 300 / 400 = 0.75.
    expect(returnOnInvestment(300, 400)).toBe(0.75);
  });
});

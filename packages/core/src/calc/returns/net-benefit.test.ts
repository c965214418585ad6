import { describe, expect, it } from 'vitest';
import { roundToPence } from '../../money/round.js';
import { netBenefit } from './net-benefit.js';
import { presentValue } from './present-value.js';

describe('netBenefit', () => {
  it('is benefit − cost: example C net present value', () => {
    // 1,333,167.6352 − 1,069,908.2826 = 263,259.3526 → £263,259.35.
    const pvCosts = presentValue([500000, 300000, 300000], 0.035);
    const pvBenefits = presentValue([100000, 600000, 700000], 0.035);
    expect(roundToPence(netBenefit(pvBenefits, pvCosts))).toBe(263259.35);
  });

  it('is negative while costs exceed benefits', () => {
    // 100,000 − 500,000 = −400,000.
    expect(netBenefit(100000, 500000)).toBe(-400000);
  });
});

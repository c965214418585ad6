import { describe, expect, it } from 'vitest';
import { reinvestmentPot } from './reinvestment-pot.js';

describe('reinvestmentPot', () => {
  it('pledges the share of each year’s realised cashable benefit', () => {
    // 2013-14: 75,898 × 0.2 = 15,179.60; 2014-15: 2,470 × 0.2 = 494; total 15,673.60
    // (= 78,368 × 0.2).
    expect(
      reinvestmentPot(
        [
          { financialYear: '2013-14', realisedCashable: 75898 },
          { financialYear: '2014-15', realisedCashable: 2470 },
        ],
        0.2,
      ),
    ).toEqual({
      reinvestmentShare: 0.2,
      years: [
        { financialYear: '2013-14', realisedCashable: 75898, pot: 15179.6 },
        { financialYear: '2014-15', realisedCashable: 2470, pot: 494 },
      ],
      totalRealisedCashable: 78368,
      totalPot: 15673.6,
    });
  });

  it('rounds each year to the penny and adds the rounded years', () => {
    // 2p × 0.25 = 0.5p → half a penny, away from zero → 1p, in each of two years; the total is
    // the sum of the rounded years, 2p (not 4p × 0.25 = 1p), so the table casts.
    const pot = reinvestmentPot(
      [
        { financialYear: '2013-14', realisedCashable: 0.02 },
        { financialYear: '2014-15', realisedCashable: 0.02 },
      ],
      0.25,
    );
    expect(pot.years.map((y) => y.pot)).toEqual([0.01, 0.01]);
    expect(pot.totalPot).toBe(0.02);
  });

  it('keeps a negative year (a dis-benefit) negative', () => {
    // −1,000 × 0.2 = −200.
    expect(
      reinvestmentPot([{ financialYear: '2013-14', realisedCashable: -1000 }], 0.2).totalPot,
    ).toBe(-200);
  });

  it('refuses a share outside [0, 1]', () => {
    expect(() => reinvestmentPot([], 1.2)).toThrow('must be in [0, 1]');
  });
});

import { describe, expect, it } from 'vitest';
import { reinvestmentPot } from './reinvestment-pot.js';

describe('reinvestmentPot', () => {
  it('pledges the share of each year’s local cashable benefit, never the national', () => {
    // 2013-14: local 75,898 × 0.2 = 15,179.60 (national 10,000 is not in the pot);
    // 2014-15: local 2,470 × 0.2 = 494; total pot 15,673.60 (= 78,368 × 0.2); national 10,500.
    const pot = reinvestmentPot(
      [
        { financialYear: '2013-14', localCashable: 75898, nationalCashable: 10000 },
        { financialYear: '2014-15', localCashable: 2470, nationalCashable: 500 },
      ],
      0.2,
    );
    expect(pot.years.map((y) => y.pot)).toEqual([15179.6, 494]);
    expect(pot.totalLocalCashable).toBe(78368);
    expect(pot.totalNationalCashable).toBe(10500);
    expect(pot.totalPot).toBeCloseTo(15673.6, 9);
  });

  it('keeps full precision: the total is not a sum of rounded years', () => {
    // 2p × 0.25 = 0.5p in each of two years; the total is 1p exactly (shown as £0.01), while
    // each year shows as £0.01 (half away from zero): the API adds a rounding line of −£0.01.
    const pot = reinvestmentPot(
      [
        { financialYear: '2013-14', localCashable: 0.02, nationalCashable: 0 },
        { financialYear: '2014-15', localCashable: 0.02, nationalCashable: 0 },
      ],
      0.25,
    );
    expect(pot.years.map((y) => y.pot)).toEqual([0.005, 0.005]);
    expect(pot.totalPot).toBe(0.01);
  });

  it('keeps a negative year (a dis-benefit) negative', () => {
    // −1,000 × 0.2 = −200.
    expect(
      reinvestmentPot(
        [{ financialYear: '2013-14', localCashable: -1000, nationalCashable: 0 }],
        0.2,
      ).totalPot,
    ).toBe(-200);
  });

  it('refuses a share outside [0, 1]', () => {
    expect(() => reinvestmentPot([], 1.2)).toThrow('must be in [0, 1]');
  });
});

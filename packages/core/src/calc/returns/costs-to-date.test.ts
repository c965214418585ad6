import { describe, expect, it } from 'vitest';
import type { Cost } from '../../domain.js';
import { costToDate, costsToDate, financialYearFractionEnded } from './costs-to-date.js';

const row = (financialYear: string, forecastPence: number, actualPence: number | null): Cost => ({
  strandId: 's',
  partnerId: 'p',
  financialYear,
  kind: 'running',
  forecastPence,
  actualPence,
});

describe('financialYearFractionEnded', () => {
  it('counts the days of the year ended by the as-of date, the as-of day included', () => {
    // 2013-14 runs 2013-04-01 to 2014-03-31: 365 days. To 30 September: April 30 + May 31 +
    // June 30 + July 31 + August 31 + September 30 = 183 days.
    expect(financialYearFractionEnded('2013-14', '2013-09-30')).toBe(183 / 365);
    // The first day alone: 1/365.
    expect(financialYearFractionEnded('2013-14', '2013-04-01')).toBe(1 / 365);
  });

  it('is 0 before the year and 1 once it has ended', () => {
    expect(financialYearFractionEnded('2013-14', '2013-03-31')).toBe(0);
    expect(financialYearFractionEnded('2013-14', '2014-03-31')).toBe(1);
    expect(financialYearFractionEnded('2013-14', '2020-01-01')).toBe(1);
  });

  it('counts a leap year’s 366 days', () => {
    // 2015-16 contains 29 February 2016: 366 days. To 2015-09-30: 183 days.
    expect(financialYearFractionEnded('2015-16', '2015-09-30')).toBe(183 / 366);
  });
});

describe('costToDate', () => {
  it('apportions a mid-year actual by the days ended', () => {
    // Actual £365,000 for 2013-14, as of 2013-09-30: 365,000 × 183/365 = £183,000.
    const c = costToDate(row('2013-14', 40000000, 36500000), '2013-09-30');
    expect(c.basis).toBe('actual');
    expect(c.annual).toBe(365000);
    expect(c.amount).toBeCloseTo(183000, 9);
  });

  it('uses the forecast where the actual is not known, and says so', () => {
    // Forecast £730,000, no actual, as of 2013-09-30: 730,000 × 183/365 = £366,000.
    const c = costToDate(row('2013-14', 73000000, null), '2013-09-30');
    expect(c.basis).toBe('forecast');
    expect(c.amount).toBeCloseTo(366000, 9);
  });
});

describe('costsToDate', () => {
  const costs = [
    row('2013-14', 99999999, 50000000), // actual £500,000
    row('2013-14', 99999999, 1234567), // actual £12,345.67
    row('2014-15', 99999999, 30000000), // actual £300,000
    row('2015-16', 36600000, null), // forecast £366,000 (a 366-day year), no actual yet
  ];

  it('sums whole ended years', () => {
    // As of 2015-03-31: 2013-14 and 2014-15 whole, 2015-16 not begun.
    // 500,000 + 12,345.67 + 300,000 = £812,345.67.
    expect(costsToDate(costs, '2015-03-31')).toBeCloseTo(812345.67, 9);
  });

  it('counts a running year in proportion to its days ended', () => {
    // As of 2015-09-30: the two ended years £812,345.67, plus 2015-16's forecast £366,000 ×
    // 183/366 = £183,000: £995,345.67.
    expect(costsToDate(costs, '2015-09-30')).toBeCloseTo(995345.67, 9);
    // As of 2014-09-30: 2013-14 whole (£512,345.67) + 2014-15's £300,000 × 183/365
    // (= £150,410.958904...): £662,756.6289...
    expect(costsToDate(costs, '2014-09-30')).toBeCloseTo(512345.67 + (300000 * 183) / 365, 9);
    expect(costsToDate(costs, '2013-03-31')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { Cost } from '../../domain.js';
import { costsToDate } from './costs-to-date.js';

const row = (financialYear: string, actualPence: number | null): Cost => ({
  strandId: 's',
  partnerId: 'p',
  financialYear,
  kind: 'running',
  forecastPence: 99999999,
  actualPence,
});

describe('costsToDate', () => {
  const costs = [
    row('2013-14', 50000000), // £500,000, year ends 2014-03-31
    row('2013-14', 1234567), // £12,345.67
    row('2014-15', 30000000), // £300,000, year ends 2015-03-31
    row('2015-16', null), // not yet known
  ];

  it('sums actuals of the years that have ended, in pounds', () => {
    // As of 2015-03-31: 2013-14 and 2014-15 have ended.
    // 50,000,000 + 1,234,567 + 30,000,000 = 81,234,567p = £812,345.67.
    expect(costsToDate(costs, '2015-03-31')).toBe(812345.67);
  });

  it('leaves out a year that ends after the as-of date', () => {
    // As of 2015-03-30, 2014-15 is still running: 50,000,000 + 1,234,567 = £512,345.67.
    expect(costsToDate(costs, '2015-03-30')).toBe(512345.67);
    expect(costsToDate(costs, '2014-03-30')).toBe(0);
  });

  it('counts an unknown actual as nothing spent yet', () => {
    // 2015-16 has ended by 2016-04-01 but its actual is null: total unchanged at £812,345.67.
    expect(costsToDate(costs, '2016-04-01')).toBe(812345.67);
  });
});

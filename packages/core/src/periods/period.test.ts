import { describe, expect, it } from 'vitest';
import {
  hasEnded,
  isValidPeriodStart,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  periodLengthInYears,
  periodsInRange,
  quarterStartOf,
} from './period.js';

describe('isValidPeriodStart', () => {
  it('accepts any 1st of a month for monthly periods', () => {
    expect(isValidPeriodStart('2013-02-01', 'month')).toBe(true);
    expect(isValidPeriodStart('2013-02-02', 'month')).toBe(false);
  });

  it('accepts only 1 Apr, 1 Jul, 1 Oct and 1 Jan for quarters', () => {
    for (const d of ['2013-04-01', '2013-07-01', '2013-10-01', '2014-01-01']) {
      expect(isValidPeriodStart(d, 'quarter')).toBe(true);
    }
    for (const d of ['2013-05-01', '2013-03-01', '2013-12-01', '2013-04-02']) {
      expect(isValidPeriodStart(d, 'quarter')).toBe(false);
    }
  });

  it('accepts only 1 April for years', () => {
    expect(isValidPeriodStart('2013-04-01', 'year')).toBe(true);
    expect(isValidPeriodStart('2014-01-01', 'year')).toBe(false);
  });

  it('rejects dates that are not real', () => {
    expect(isValidPeriodStart('2013-02-30', 'month')).toBe(false);
    expect(isValidPeriodStart('2013-4-1', 'year')).toBe(false);
  });
});

describe('periodEnd', () => {
  it('gives the last day of the period, inclusive', () => {
    expect(periodEnd('2013-04-01', 'month')).toBe('2013-04-30');
    expect(periodEnd('2016-02-01', 'month')).toBe('2016-02-29'); // 2016 is a leap year
    expect(periodEnd('2013-04-01', 'quarter')).toBe('2013-06-30');
    expect(periodEnd('2013-10-01', 'quarter')).toBe('2013-12-31');
    expect(periodEnd('2014-01-01', 'quarter')).toBe('2014-03-31');
    expect(periodEnd('2013-04-01', 'year')).toBe('2014-03-31');
  });

  it('throws on an invalid start, saying what was expected', () => {
    expect(() => periodEnd('2013-05-01', 'quarter')).toThrow(
      "Invalid quarter period start '2013-05-01': expected 1 April, 1 July, 1 October or 1 January",
    );
    expect(() => periodEnd('2013-01-01', 'year')).toThrow('expected 1 April');
  });
});

describe('periodLabel', () => {
  it('writes months, quarters and years as DESIGN.md does', () => {
    expect(periodLabel('2013-04-01', 'month')).toBe('Apr 2013');
    expect(periodLabel('2014-01-01', 'month')).toBe('Jan 2014');
    expect(periodLabel('2013-04-01', 'quarter')).toBe('Q1 2013-14');
    expect(periodLabel('2013-07-01', 'quarter')).toBe('Q2 2013-14');
    expect(periodLabel('2013-10-01', 'quarter')).toBe('Q3 2013-14');
    // January to March is the fourth quarter of the year that began the previous April.
    expect(periodLabel('2014-01-01', 'quarter')).toBe('Q4 2013-14');
    expect(periodLabel('2013-04-01', 'year')).toBe('2013-14');
  });
});

describe('periodLengthInYears', () => {
  it('is 1/12, 1/4 and 1', () => {
    expect(periodLengthInYears('month')).toBe(1 / 12);
    expect(periodLengthInYears('quarter')).toBe(0.25);
    expect(periodLengthInYears('year')).toBe(1);
  });
});

describe('hasEnded', () => {
  it('is true once the last day is on or before the as-of date', () => {
    // Q1 2013-14 ends 2013-06-30.
    expect(hasEnded('2013-04-01', 'quarter', '2013-06-29')).toBe(false);
    expect(hasEnded('2013-04-01', 'quarter', '2013-06-30')).toBe(true);
    expect(hasEnded('2013-04-01', 'quarter', '2013-07-01')).toBe(true);
    // 2013-14 ends 2014-03-31.
    expect(hasEnded('2013-04-01', 'year', '2014-03-30')).toBe(false);
    expect(hasEnded('2013-04-01', 'year', '2014-03-31')).toBe(true);
  });

  it('refuses an as-of date that is not real', () => {
    expect(() => hasEnded('2013-04-01', 'month', '2013-06-31')).toThrow('as-of date');
  });
});

describe('nextPeriodStart', () => {
  it('steps one period, across year ends', () => {
    expect(nextPeriodStart('2013-12-01', 'month')).toBe('2014-01-01');
    expect(nextPeriodStart('2013-10-01', 'quarter')).toBe('2014-01-01');
    expect(nextPeriodStart('2014-01-01', 'quarter')).toBe('2014-04-01');
    expect(nextPeriodStart('2013-04-01', 'year')).toBe('2014-04-01');
  });
});

describe('quarterStartOf', () => {
  it('finds the first day of the quarter containing a date', () => {
    expect(quarterStartOf('2013-04-01')).toBe('2013-04-01');
    expect(quarterStartOf('2013-06-30')).toBe('2013-04-01');
    expect(quarterStartOf('2013-08-15')).toBe('2013-07-01');
    expect(quarterStartOf('2013-12-31')).toBe('2013-10-01');
    expect(quarterStartOf('2014-03-31')).toBe('2014-01-01');
  });
});

describe('periodsInRange', () => {
  it('lists every period start from the first up to the end date', () => {
    // 2013-14 in quarters: Apr, Jul, Oct, Jan.
    expect(periodsInRange('2013-04-01', '2014-03-31', 'quarter')).toEqual([
      '2013-04-01',
      '2013-07-01',
      '2013-10-01',
      '2014-01-01',
    ]);
    // Two financial years of years.
    expect(periodsInRange('2013-04-01', '2015-03-31', 'year')).toEqual([
      '2013-04-01',
      '2014-04-01',
    ]);
    // Nov 2013 to Feb 2014 in months: 4 starts.
    expect(periodsInRange('2013-11-01', '2014-02-28', 'month')).toEqual([
      '2013-11-01',
      '2013-12-01',
      '2014-01-01',
      '2014-02-01',
    ]);
  });

  it('includes a period that starts on the end date and is empty when the end is before the start', () => {
    expect(periodsInRange('2013-04-01', '2013-07-01', 'quarter')).toEqual([
      '2013-04-01',
      '2013-07-01',
    ]);
    expect(periodsInRange('2013-04-01', '2013-03-31', 'month')).toEqual([]);
  });

  it('throws when the first start is not a valid start', () => {
    expect(() => periodsInRange('2013-05-01', '2014-03-31', 'year')).toThrow('expected 1 April');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToMonthStart,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  parseIsoDate,
  toCalendarDate,
} from './iso-date.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates, including 29 Feb in a leap year', () => {
    expect(isIsoDate('2013-04-01')).toBe(true);
    expect(isIsoDate('2014-03-31')).toBe(true);
    // 2012 is divisible by 4 and not by 100: leap. 2000 is divisible by 400: leap.
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects impossible dates and other shapes', () => {
    // 2013 is not divisible by 4; 1900 is divisible by 100 but not 400: neither is leap.
    expect(isIsoDate('2013-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2013-04-31')).toBe(false); // April has 30 days
    expect(isIsoDate('2013-13-01')).toBe(false);
    expect(isIsoDate('2013-00-10')).toBe(false);
    expect(isIsoDate('2013-4-1')).toBe(false);
    expect(isIsoDate('01/04/2013')).toBe(false);
    expect(isIsoDate('2013-04-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate('2013-04-0１')).toBe(false); // a full-width digit
    expect(isIsoDate(' 2013-04-01')).toBe(false);
    expect(isIsoDate('2013/04/01')).toBe(false);
  });

  it('agrees with the plain definition (regex shape, then month and day ranges) on any text', () => {
    // The reader checks digits one by one so as not to allocate; this is what it must mean.
    const reference = (s: string): boolean => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (!match) return false;
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    };
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const dateLike = fc
      .tuple(
        digits(4),
        fc.constantFrom('-', '/', ''),
        digits(2),
        fc.constantFrom('-', '.'),
        digits(2),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        expect(isIsoDate(s)).toBe(reference(s));
        const parts = toCalendarDate(s);
        expect(parts === null ? null : formatIsoDate(parts)).toBe(reference(s) ? s : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('calendar helpers', () => {
  it('knows leap years: every 4th, except centuries not divisible by 400', () => {
    expect(isLeapYear(2012)).toBe(true);
    expect(isLeapYear(2013)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('splits a date into parts, or gives null', () => {
    expect(toCalendarDate('2013-04-01')).toEqual({ year: 2013, month: 4, day: 1 });
    expect(toCalendarDate('2013-04-31')).toBeNull();
  });

  it('counts days in months', () => {
    expect(daysInMonth(2013, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2013, 9)).toBe(30);
    expect(daysInMonth(2013, 12)).toBe(31);
  });

  it('parses and formats round trip, and names the bad value when parsing fails', () => {
    expect(parseIsoDate('2014-01-05')).toEqual({ year: 2014, month: 1, day: 5 });
    expect(formatIsoDate({ year: 2014, month: 1, day: 5 })).toBe('2014-01-05');
    expect(() => parseIsoDate('2014-02-30', 'as-of date')).toThrow(
      "Invalid as-of date '2014-02-30'",
    );
  });

  it('adds months across year ends in both directions', () => {
    // Nov 2013 + 3 months = Feb 2014; Jan 2014 − 1 month = Dec 2013.
    expect(addMonthsToMonthStart(2013, 11, 3)).toEqual({ year: 2014, month: 2, day: 1 });
    expect(addMonthsToMonthStart(2014, 1, -1)).toEqual({ year: 2013, month: 12, day: 1 });
  });
});

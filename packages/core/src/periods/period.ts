// A period is identified by its first day plus the metric's frequency (DESIGN.md "Periods").
// Months start on any 1st; quarters on 1 Apr, 1 Jul, 1 Oct, 1 Jan (Q1..Q4 of the financial
// year); years on 1 April. Any other start is invalid input and the functions below throw on it
// rather than guess which period was meant.
import type { Frequency, IsoDate } from '../domain.js';
import { financialYearLabel } from './financial-year.js';
import {
  addMonthsToMonthStart,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
  toCalendarDate,
  type CalendarDate,
} from './iso-date.js';

const MONTHS_IN: Record<Frequency, number> = { month: 1, quarter: 3, year: 12 };

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

function startsValidPeriod(date: CalendarDate, frequency: Frequency): boolean {
  if (date.day !== 1) return false;
  switch (frequency) {
    case 'month':
      return true;
    case 'quarter':
      // April, July, October, January: months 4, 7, 10, 1 are exactly those ≡ 1 (mod 3).
      return date.month % 3 === 1;
    case 'year':
      return date.month === 4;
  }
}

/** True when `date` is a real date that starts a period of this frequency. */
export function isValidPeriodStart(date: IsoDate, frequency: Frequency): boolean {
  const parsed = toCalendarDate(date);
  return parsed !== null && startsValidPeriod(parsed, frequency);
}

function parsePeriodStart(start: IsoDate, frequency: Frequency): CalendarDate {
  const parsed = parseIsoDate(start, 'period start');
  if (!startsValidPeriod(parsed, frequency)) {
    throw new RangeError(
      `Invalid ${frequency} period start '${start}': ${
        frequency === 'month'
          ? 'expected the 1st of a month'
          : frequency === 'quarter'
            ? 'expected 1 April, 1 July, 1 October or 1 January'
            : 'expected 1 April'
      }`,
    );
  }
  return parsed;
}

/** The first day of the following period. */
export function nextPeriodStart(start: IsoDate, frequency: Frequency): IsoDate {
  const { year, month } = parsePeriodStart(start, frequency);
  return formatIsoDate(addMonthsToMonthStart(year, month, MONTHS_IN[frequency]));
}

/** The last day of the period, inclusive: quarter '2014-01-01' → '2014-03-31'. */
export function periodEnd(start: IsoDate, frequency: Frequency): IsoDate {
  const { year, month } = parsePeriodStart(start, frequency);
  const last = addMonthsToMonthStart(year, month, MONTHS_IN[frequency] - 1);
  return formatIsoDate({ ...last, day: daysInMonth(last.year, last.month) });
}

/** 'Apr 2013' (month), 'Q1 2013-14' (quarter), '2013-14' (year), as DESIGN.md writes them. */
export function periodLabel(start: IsoDate, frequency: Frequency): string {
  const { year, month } = parsePeriodStart(start, frequency);
  const fyStart = month >= 4 ? year : year - 1;
  switch (frequency) {
    case 'month':
      return `${MONTH_NAMES[month - 1] ?? ''} ${year}`;
    case 'quarter': {
      // April → Q1, July → Q2, October → Q3, January → Q4.
      const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
      return `Q${quarter} ${financialYearLabel(fyStart)}`;
    }
    case 'year':
      return financialYearLabel(fyStart);
  }
}

/** The period's length in years: what a stock metric's cost per year is scaled by. */
export function periodLengthInYears(frequency: Frequency): number {
  return MONTHS_IN[frequency] / 12;
}

/** True when the period's last day is on or before `asOf` ("to date" in DESIGN.md). */
export function hasEnded(start: IsoDate, frequency: Frequency, asOf: IsoDate): boolean {
  parseIsoDate(asOf, 'as-of date');
  // Zero-padded ISO dates sort as strings in calendar order.
  return periodEnd(start, frequency) <= asOf;
}

/** The first day of the financial quarter containing a date: '2013-05-17' → '2013-04-01'. */
export function quarterStartOf(date: IsoDate): IsoDate {
  const { year, month } = parseIsoDate(date);
  // Quarters start in months 1, 4, 7, 10.
  return formatIsoDate({ year, month: month - ((month - 1) % 3), day: 1 });
}

/**
 * Every period start from `fromStart` onwards whose period begins on or before
 * `toInclusiveDate`, ascending. Empty when `toInclusiveDate` is before `fromStart`.
 */
export function periodsInRange(
  fromStart: IsoDate,
  toInclusiveDate: IsoDate,
  frequency: Frequency,
): IsoDate[] {
  parsePeriodStart(fromStart, frequency);
  parseIsoDate(toInclusiveDate, 'end of range');
  const starts: IsoDate[] = [];
  for (let s = fromStart; s <= toInclusiveDate; s = nextPeriodStart(s, frequency)) {
    starts.push(s);
  }
  return starts;
}

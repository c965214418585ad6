// ISO calendar dates (`YYYY-MM-DD`) handled as plain integers. Nothing here touches `Date`, so
// no local time zone or daylight-saving change can shift a period boundary by a day.
import type { IsoDate } from '../domain.js';

/** A calendar date split into its parts (month 1..12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2013-02-29` and `2013-4-1` are false). */
export function isIsoDate(s: string): boolean {
  return calendarParts(s) !== null;
}

/** The parts of an ISO date, or null when the string is not a real calendar date. */
export function toCalendarDate(s: string): CalendarDate | null {
  const packed = calendarParts(s);
  if (packed === null) return null;
  return {
    year: Math.floor(packed / 10000),
    month: Math.floor(packed / 100) % 100,
    day: packed % 100,
  };
}

/** The value of the ASCII digit at `i`, or -1 when it is not one. */
function digitAt(s: string, i: number): number {
  const code = s.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * A real `YYYY-MM-DD` date as the number YYYYMMDD, else null. Read digit by digit rather than by a
 * regular expression: pack files check every period start, half a million per national load, and
 * this allocates nothing.
 */
function calendarParts(s: string): number | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = digitAt(s, i);
    if (d < 0) return null;
    year = year * 10 + d;
  }
  const m1 = digitAt(s, 5);
  const m2 = digitAt(s, 6);
  const d1 = digitAt(s, 8);
  const d2 = digitAt(s, 9);
  if (m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return null;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return year * 10000 + month * 100 + day;
}

/** Like toCalendarDate, but a bad date is a programming or input error worth stopping for. */
export function parseIsoDate(s: string, what = 'date'): CalendarDate {
  const parsed = toCalendarDate(s);
  if (!parsed) throw new RangeError(`Invalid ${what} '${s}': expected a real date YYYY-MM-DD`);
  return parsed;
}

export function formatIsoDate(date: CalendarDate): IsoDate {
  const y = String(date.year).padStart(4, '0');
  const m = String(date.month).padStart(2, '0');
  const d = String(date.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The first day of the month `months` after (or before, when negative) the given month. */
export function addMonthsToMonthStart(year: number, month: number, months: number): CalendarDate {
  const zeroBased = year * 12 + (month - 1) + months;
  return { year: Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1, day: 1 };
}

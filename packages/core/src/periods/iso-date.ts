// ISO calendar dates (`YYYY-MM-DD`) handled as plain integers. Nothing here touches `Date`, so
// no local time zone or daylight-saving change can shift a period boundary by a day.
import type { IsoDate } from '../domain.js';

/** A calendar date split into its parts (month 1..12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (so `2013-02-29` and `2013-4-1` are false). */
export function isIsoDate(s: string): boolean {
  return toCalendarDate(s) !== null;
}

/** The parts of an ISO date, or null when the string is not a real calendar date. */
export function toCalendarDate(s: string): CalendarDate | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
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

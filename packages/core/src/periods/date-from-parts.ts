// A date typed into the GOV.UK date input (three boxes: day, month, year) as an ISO date, or the
// GOV.UK error message that says what is wrong in words
// (https://design-system.service.gov.uk/components/date-input/, "Error messages"). The year must
// have four digits, so a slip of the keyboard can never become the year 62015.
import type { IsoDate } from '../domain.js';
import { daysInMonth } from './iso-date.js';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export type DateFromParts =
  { ok: true; date: IsoDate | null } | { ok: false; message: string; parts: DatePart[] };

const PART_WORD: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };

/** Months' three-letter names in calendar order, as dates are typed and read ("Apr", "april"). */
export const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** A month typed as a number or a name ("4", "04", "Apr", "April"); null when neither. */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase() as (typeof MONTH_NAMES)[number]);
  return text.length >= 3 && index >= 0 ? index + 1 : null;
}

/**
 * `label` names the date in messages, with a capital ("Date the figures are shown at").
 * All three boxes blank is `{ ok: true, date: null }` when `optional`, else "Enter …".
 */
export function dateFromParts(
  parts: DateParts,
  label: string,
  options: { optional?: boolean } = {},
): DateFromParts {
  const text = {
    day: parts.day.trim(),
    month: parts.month.trim(),
    year: parts.year.trim(),
  };
  const missing = (Object.keys(text) as DatePart[]).filter((p) => text[p] === '');
  if (missing.length === 3) {
    return options.optional
      ? { ok: true, date: null }
      : { ok: false, message: `Enter ${label.toLowerCase()}`, parts: ['day', 'month', 'year'] };
  }
  if (missing.length > 0) {
    const words = missing.map((p) => PART_WORD[p]).join(' and ');
    return { ok: false, message: `${label} must include ${words}`, parts: missing };
  }
  const wrong: DatePart[] = [];
  if (!/^\d{1,2}$/.test(text.day)) wrong.push('day');
  const month = monthNumber(text.month);
  if (month === null) wrong.push('month');
  if (!/^\d+$/.test(text.year)) wrong.push('year');
  if (wrong.length > 0) {
    return { ok: false, message: `${label} must be a real date`, parts: wrong };
  }
  if (text.year.length !== 4) {
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  }
  const year = Number(text.year);
  const day = Number(text.day);
  if (month === null || month < 1 || month > 12) {
    return { ok: false, message: `${label} must be a real date`, parts: ['month'] };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${label} must be a real date`, parts: ['day'] };
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, date: `${text.year}-${pad(month)}-${pad(day)}` };
}

/** The three boxes for an ISO date (blank for none). */
export function partsOfDate(iso: string | undefined | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

// Single cells of an upload into typed values, with the Excel quirks people meet: dates typed as
// Excel dates or as text (UK day-first 01/04/2013, or ISO 2013-04-01), numbers stored as text,
// stray spaces. Each failure says what is wrong and what was expected.
import { isIsoDate, MONTH_NAMES, type IsoDate } from '@outcomes/core';
import type { RawCell } from './raw-table.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const MS_PER_DAY = 86_400_000;
// Spaces Excel and web pages leave around values, including non-breaking ones.
const trim = (s: string): string => s.replace(/^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b]+$/g, '');
const quote = (s: string): string => JSON.stringify(s);

/** A cell read as text (trimmed); dates as YYYY-MM-DD. */
export function cellAsText(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return utcDate(cell) ?? '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return trim(String(cell));
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * The calendar date of a Date exceljs made from a date cell. exceljs builds it at UTC midnight, so
 * the UTC getters give the date Excel shows; a second's slack absorbs floating-point drift in the
 * stored serial (41365.99999999 is still the day it displays).
 */
function utcDate(date: Date): IsoDate | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return new Date(Math.floor((ms + 1000) / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * An Excel serial date (days since 0 January 1900, in the 1900 date system every Windows Excel
 * uses) as an ISO date. Excel counts a 29 February 1900 that never was: serial 60 is not a real
 * date, and serials from 61 are one day ahead of a plain count from 31 December 1899.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const day = Math.floor(serial + 1 / 86_400);
  if (day === 60) return null;
  const epoch = Date.UTC(1899, 11, day < 60 ? 31 : 30);
  return new Date(epoch + day * MS_PER_DAY).toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/;
const UK = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: 00:00(?::00)?)?$/;
const SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2}|[a-z]{3,9})[/.-](\d{2})$/i;
const NAMED_MONTH = /^(\d{1,2})[\s-]+([a-z]{3,9})[\s-]+(\d{4})$/i;

const DATE_EXPECTED =
  'expected the first day of the period, such as 2013-04-01 or 01/04/2013 (day first)';

export function parseDateCell(cell: RawCell): Parsed<IsoDate> {
  if (cell === null) return { ok: false, message: `is empty; ${DATE_EXPECTED}` };
  if (cell instanceof Date) {
    const iso = utcDate(cell);
    return iso === null ? { ok: false, message: `is not a date; ${DATE_EXPECTED}` } : ok(iso);
  }
  if (typeof cell === 'number') {
    // A date cell that lost its date format shows as its serial number.
    const iso = Number.isInteger(cell) ? excelSerialToIso(cell) : null;
    return iso === null
      ? { ok: false, message: `${cell} is not a date; ${DATE_EXPECTED}` }
      : ok(iso);
  }
  if (typeof cell === 'boolean') return { ok: false, message: `is not a date; ${DATE_EXPECTED}` };
  const text = trim(cell);
  if (text === '') return { ok: false, message: `is empty; ${DATE_EXPECTED}` };

  let iso: IsoDate | null = null;
  let match = ISO.exec(text);
  if (match) {
    iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  } else if ((match = UK.exec(text))) {
    iso = isoFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
  } else if ((match = NAMED_MONTH.exec(text))) {
    const month = MONTH_NAMES.indexOf(
      (match[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTH_NAMES)[number],
    );
    iso = month < 0 ? null : isoFromParts(Number(match[3]), month + 1, Number(match[1]));
  } else if (SHORT_YEAR.test(text)) {
    return {
      ok: false,
      message: `${quote(text)} has a two-digit year; write the year in full, such as 01/04/2013`,
    };
  } else {
    return { ok: false, message: `${quote(text)} is not a date; ${DATE_EXPECTED}` };
  }
  return iso === null
    ? { ok: false, message: `${quote(text)} is not a real date; ${DATE_EXPECTED}` }
    : ok(iso);
}

const PLAIN = /^-?(\d+(\.\d+)?|\.\d+)$/;
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const NUMBER_EXPECTED = 'expected a number such as 290 or 12.5, with no units or % sign';

function checkNumber(n: number, shown: string): Parsed<number> {
  if (!Number.isFinite(n)) return { ok: false, message: `${shown} is not a number` };
  if (n < 0) {
    return {
      ok: false,
      message: `${shown} is negative; figures are counts or levels and cannot be below 0`,
    };
  }
  // -0 and 0 are the same figure.
  return ok(n === 0 ? 0 : n);
}

export function parseValueCell(cell: RawCell): Parsed<number> {
  if (cell === null) return { ok: false, message: `is empty; ${NUMBER_EXPECTED}` };
  if (typeof cell === 'number') return checkNumber(cell, String(cell));
  if (cell instanceof Date || typeof cell === 'boolean') {
    return { ok: false, message: `is not a number; ${NUMBER_EXPECTED}` };
  }
  // Numbers stored as text, perhaps with thousands separators.
  const text = trim(cell);
  if (text === '') return { ok: false, message: `is empty; ${NUMBER_EXPECTED}` };
  if (PLAIN.test(text) || THOUSANDS.test(text)) {
    return checkNumber(Number(text.replaceAll(',', '')), text);
  }
  return { ok: false, message: `${quote(text)} is not a number; ${NUMBER_EXPECTED}` };
}

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

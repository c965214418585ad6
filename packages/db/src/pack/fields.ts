// Zod schemas for single CSV cells (always strings), each turning the text into a typed value or
// an issue whose message says what is wrong and what was expected.
import { isIsoDate, parseFinancialYear, financialYearLabel } from '@outcomes/core';
import * as z from 'zod';
import { parsePence } from './money.js';

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

type Ctx = z.core.$RefinementCtx;

/**
 * A cell schema: `read` turns the cell's text into a typed value or adds an issue. One transform
 * rather than z.string().transform(): the pack reader only ever hands it strings (every row is
 * `Record<string, string>`), and the string check and pipe around each transform were about a
 * quarter of what reading a pack allocated (measured over 480 reads: 4.6 GB, 3.4 GB without them).
 */
function cell<T>(read: (s: string, ctx: Ctx) => T): z.ZodTransform<Awaited<T>, string> {
  return z.transform<string, T>(read);
}

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

const quote = (s: string): string => JSON.stringify(s);

function slugMessage(s: string, orEmpty: string): string {
  return s === ''
    ? 'is empty; expected an id (a lower-case slug such as "west-cheshire")'
    : `${quote(s)} is not a valid id; expected a lower-case slug of a-z and 0-9 separated by single hyphens, such as "west-cheshire"${orEmpty}`;
}

export function slug() {
  return cell((s, ctx) => (SLUG.test(s) ? s : fail(ctx, slugMessage(s, ''))));
}

/** An id, or null when the cell is blank. */
export function optionalSlug() {
  return cell((s, ctx) =>
    s === '' ? null : SLUG.test(s) ? s : fail(ctx, slugMessage(s, ', or empty')),
  );
}

/** Required free text: anything but blank. */
export function text() {
  return cell((s, ctx) => (s.trim() === '' ? fail(ctx, 'is empty; a value is required') : s));
}

const tooLong = (s: string, max: number): string =>
  `is ${s.length} characters long; expected at most ${max}`;

/** Required free text of at most `max` characters. */
export function boundedText(max: number) {
  return cell((s, ctx) => {
    if (s.trim() === '') return fail(ctx, 'is empty; a value is required');
    return s.length > max ? fail(ctx, tooLong(s, max)) : s;
  });
}

/** Optional free text of at most `max` characters: blank becomes null. */
export function optionalBoundedText(max: number) {
  return cell((s, ctx) => {
    if (s.trim() === '') return null;
    return s.length > max ? fail(ctx, tooLong(s, max)) : s;
  });
}

/** Optional free text: blank becomes null. */
export function optionalText() {
  return cell((s) => (s.trim() === '' ? null : s));
}

/** Free text that may be blank (kept as ''). */
export function anyText() {
  return z.string();
}

/** "yes" → true; "no" or blank (or a column left out of the header) → false. */
export function optionalYesNo() {
  return cell((s, ctx) =>
    s === 'yes'
      ? true
      : s === 'no' || s === ''
        ? false
        : fail(ctx, `${quote(s)} is not allowed; expected yes, no, or empty for no`),
  );
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return cell((s, ctx) =>
    (values as readonly string[]).includes(s)
      ? (s as T[number])
      : fail(ctx, `${quote(s)} is not allowed; expected one of: ${values.join(', ')}`),
  );
}

/** One of `values`, or empty for `whenEmpty`. */
export function optionalOneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  whenEmpty: T[number],
) {
  return cell((s, ctx) =>
    s === ''
      ? whenEmpty
      : (values as readonly string[]).includes(s)
        ? (s as T[number])
        : fail(
            ctx,
            `${quote(s)} is not allowed; expected one of: ${values.join(', ')}, or empty for ${whenEmpty}`,
          ),
  );
}

interface Range {
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Exclusive upper bound. */
  below?: number;
  /** How the expected range reads in a message, e.g. 'in (0, 1]'. */
  expected?: string;
}

function outOfRange(n: number, range: Range): boolean {
  return (
    (range.min !== undefined && n < range.min) ||
    (range.above !== undefined && n <= range.above) ||
    (range.max !== undefined && n > range.max) ||
    (range.below !== undefined && n >= range.below)
  );
}

function checkNumber(s: string, ctx: Ctx, range: Range): number {
  if (!DECIMAL.test(s)) {
    return fail(
      ctx,
      s === ''
        ? 'is empty; expected a number'
        : `${quote(s)} is not a number; expected a plain decimal such as 290, 0.25 or -4 (no commas, signs or units)`,
    );
  }
  const n = Number(s);
  if (outOfRange(n, range)) {
    return fail(ctx, `${s} is out of range; expected a number ${range.expected ?? ''}`.trimEnd());
  }
  return n;
}

export function decimal(range: Range = {}) {
  return cell((s, ctx) => checkNumber(s, ctx, range));
}

/** A number, or `whenEmpty` when the cell is blank. */
export function optionalDecimal(whenEmpty: number, range: Range = {}) {
  return cell((s, ctx) => (s === '' ? whenEmpty : checkNumber(s, ctx, range)));
}

export function integerIn(min: number, max: number) {
  return cell((s, ctx) => {
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    return Number.isInteger(n) && n >= min && n <= max
      ? n
      : fail(ctx, `${quote(s)} is not allowed; expected a whole number from ${min} to ${max}`);
  });
}

/** A whole number from min to max, or null when the cell is blank. */
export function optionalIntegerIn(min: number, max: number) {
  return cell((s, ctx) => {
    if (s === '') return null;
    const n = /^\d+$/.test(s) ? Number(s) : NaN;
    return Number.isInteger(n) && n >= min && n <= max
      ? n
      : fail(
          ctx,
          `${quote(s)} is not allowed; expected a whole number from ${min} to ${max}, or empty`,
        );
  });
}

export function isoDate() {
  return cell((s, ctx) =>
    isIsoDate(s)
      ? s
      : fail(
          ctx,
          s === ''
            ? 'is empty; expected a date YYYY-MM-DD'
            : `${quote(s)} is not a real date; expected YYYY-MM-DD, such as 2013-04-01`,
        ),
  );
}

export function optionalIsoDate() {
  return cell((s, ctx) => {
    if (s === '') return null;
    return isIsoDate(s)
      ? s
      : fail(
          ctx,
          `${quote(s)} is not a real date; expected YYYY-MM-DD such as 2011-04-01, or empty`,
        );
  });
}

/** Canonical label of a financial year written `2013-14`. */
export function financialYear() {
  return cell((s, ctx) => {
    const start = parseFinancialYear(s);
    return start === null
      ? fail(ctx, `${quote(s)} is not a financial year; expected YYYY-YY such as 2013-14`)
      : financialYearLabel(start);
  });
}

export function pence(options: { positive?: boolean } = {}) {
  return cell((s, ctx) => {
    const parsed = parsePence(s);
    if (!parsed.ok)
      return fail(ctx, s === '' ? 'is empty; expected an amount in pounds' : parsed.message);
    if (options.positive === true && parsed.pence === 0) {
      return fail(ctx, `${s} is not allowed; expected an amount greater than 0`);
    }
    return parsed.pence;
  });
}

export function optionalPence() {
  return cell((s, ctx) => {
    if (s === '') return null;
    const parsed = parsePence(s);
    return parsed.ok ? parsed.pence : fail(ctx, parsed.message);
  });
}

/** A financial year written `2013-14`, or null when the cell is blank. */
export function optionalFinancialYear() {
  return cell((s, ctx) => {
    if (s === '') return null;
    const start = parseFinancialYear(s);
    return start === null
      ? fail(ctx, `${quote(s)} is not a financial year; expected YYYY-YY such as 2013-14, or empty`)
      : financialYearLabel(start);
  });
}

/** One of `values`, or null when the cell is blank. */
export function nullableOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return cell((s, ctx) =>
    s === ''
      ? null
      : (values as readonly string[]).includes(s)
        ? (s as T[number])
        : fail(ctx, `${quote(s)} is not allowed; expected one of: ${values.join(', ')}, or empty`),
  );
}

/** A number, or null when the cell is blank. */
export function nullableDecimal(range: Range = {}) {
  return cell((s, ctx) => (s === '' ? null : checkNumber(s, ctx, range)));
}
/** A code a metric shares with other programmes' metrics (letters, digits, . _ -). */
const INDICATOR_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** An indicator code such as "NI-032" or "PHOF-1.11", or null when the cell is blank. */
export function optionalIndicatorCode() {
  return cell((s, ctx) => {
    if (s.trim() === '') return null;
    return INDICATOR_CODE.test(s)
      ? s
      : fail(
          ctx,
          `${quote(s)} is not a valid indicator code; expected up to 40 letters, digits, dots, underscores or hyphens, starting with a letter or digit, such as "NI-032", or empty`,
        );
  });
}

// A programme-settings form as programme.json's value, for the pack loader's validation to judge.
// The form asks for the first and last financial years (a person's "start and end"); the pack
// stores the first year and a number of years, so the last is turned into a count here. Numbers
// typed as text become numbers when they read as one; anything else is passed on as typed, so
// the loader's message says what was expected ("\"abc\" is not allowed; expected a number in
// [0, 1), such as 0.035").
import type { ProgrammeSettingsBody } from '@outcomes/contract';
import { parseFinancialYear, type Programme } from '@outcomes/core';
import type { FieldProblem } from './field-problems.js';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A form's number: a number as is, text that reads as one converted, blank as missing. */
export function formNumber(value: number | string): number | string | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

const blankAsMissing = (value: string): string | undefined =>
  value.trim() === '' ? undefined : value.trim();

/** The number of financial years from `first` to `last`, or the problem with `last`. */
function yearsBetween(first: string, last: string): number | FieldProblem | undefined {
  const start = parseFinancialYear(first.trim());
  // The loader names a bad first year; the count cannot be worked out without it.
  if (start === null) return undefined;
  const end = parseFinancialYear(last.trim());
  if (end === null) {
    return {
      field: 'lastFinancialYear',
      message:
        last.trim() === ''
          ? 'is missing; expected a financial year written "YYYY-YY", such as "2019-20"'
          : `${JSON.stringify(last)} is not allowed; expected a financial year written "YYYY-YY", such as "2019-20"`,
    };
  }
  if (end < start) {
    return {
      field: 'lastFinancialYear',
      message: `must be the first financial year (${first.trim()}) or a later one`,
    };
  }
  return end - start + 1;
}

export interface SettingsJson {
  value: Record<string, unknown>;
  /** Problems found before the loader sees it (the last year). */
  problems: FieldProblem[];
}

/**
 * programme.json's value for `id` with the form's settings; what the form does not hold
 * (optimism bias, the SPC run length) comes from `kept`, the stored programme, when editing.
 */
export function settingsJson(
  id: string,
  body: ProgrammeSettingsBody,
  kept: Programme | null,
): SettingsJson {
  const problems: FieldProblem[] = [];
  const years = yearsBetween(body.firstFinancialYear, body.lastFinancialYear);
  if (typeof years === 'object') problems.push(years);
  const value: Record<string, unknown> = {
    id,
    name: blankAsMissing(body.name),
    place: blankAsMissing(body.place),
    description: body.description?.trim() ? body.description.trim() : null,
    firstFinancialYear: blankAsMissing(body.firstFinancialYear),
    // A placeholder the loader accepts when the last year was wrong: its problem is named above.
    years: typeof years === 'number' ? years : 1,
    priceBaseYear: blankAsMissing(body.priceBaseYear),
    discountRate: formNumber(body.discountRate),
    ragThresholds: { green: formNumber(body.ragGreen), amber: formNumber(body.ragAmber) },
    reinvestmentShare: formNumber(body.reinvestmentShare),
    illustrative: body.illustrative ?? kept?.illustrative ?? false,
  };
  if (kept !== null) {
    value['optimismBias'] = { ...kept.optimismBias };
    value['spcShiftRunLength'] = kept.spcShiftRunLength ?? 7;
  }
  return { value, problems };
}

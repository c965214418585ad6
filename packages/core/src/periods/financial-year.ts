// UK financial years run 1 April to 31 March and are written `2013-14`. Everything that groups,
// discounts or compounds by year (counterfactual growth, present values, costs) keys on these.
import type { FinancialYearLabel, IsoDate } from '../domain.js';
import { formatIsoDate, parseIsoDate } from './iso-date.js';

const LABEL = /^(\d{4})-(\d{2})$/;

// The last start year whose end (31 March of the next year) is still a four-digit ISO date.
const MAX_START_YEAR = 9998;

/**
 * The start year of a financial year label: '2013-14' → 2013. Null when the label is not exactly
 * `YYYY-YY` with the second part the following year ('2013-15', '2013/14', '13-14' are null).
 */
export function parseFinancialYear(label: string): number | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const start = Number(match[1]);
  const endTwoDigits = Number(match[2]);
  if (start > MAX_START_YEAR) return null;
  return (start + 1) % 100 === endTwoDigits ? start : null;
}

/** 2013 → '2013-14'; 1999 → '1999-00' (the second part is the next year's last two digits). */
export function financialYearLabel(startYear: number): FinancialYearLabel {
  if (!Number.isInteger(startYear) || startYear < 0 || startYear > MAX_START_YEAR) {
    throw new RangeError(`Invalid financial year start ${startYear}: expected a year 0..9998`);
  }
  const next = String((startYear + 1) % 100).padStart(2, '0');
  return `${String(startYear).padStart(4, '0')}-${next}`;
}

/** Parses or throws: used where a bad label means the input was never validated. */
export function requireFinancialYear(label: string): number {
  const start = parseFinancialYear(label);
  if (start === null) {
    throw new RangeError(`Invalid financial year '${label}': expected YYYY-YY, e.g. 2013-14`);
  }
  return start;
}

/** The financial year containing a date: '2014-03-31' → '2013-14', '2014-04-01' → '2014-15'. */
export function financialYearOf(date: IsoDate): FinancialYearLabel {
  const { year, month } = parseIsoDate(date);
  // January to March belong to the year that started the previous April.
  return financialYearLabel(month >= 4 ? year : year - 1);
}

/** 1 April of the year: '2013-14' → '2013-04-01'. */
export function financialYearStart(label: FinancialYearLabel): IsoDate {
  return formatIsoDate({ year: requireFinancialYear(label), month: 4, day: 1 });
}

/** 31 March of the following calendar year, inclusive: '2013-14' → '2014-03-31'. */
export function financialYearEnd(label: FinancialYearLabel): IsoDate {
  return formatIsoDate({ year: requireFinancialYear(label) + 1, month: 3, day: 31 });
}

/**
 * Whole financial years from `firstLabel` to `label`: 0 for the same year, negative before it.
 * This is the k of the counterfactual and the t of discounting.
 */
export function financialYearIndex(
  label: FinancialYearLabel,
  firstLabel: FinancialYearLabel,
): number {
  return requireFinancialYear(label) - requireFinancialYear(firstLabel);
}

// Costs to date, over the same periods as the benefits to date (DESIGN.md, "to date" money). A
// cost row is an annual figure; it counts in proportion to the days of its financial year that
// have ended by the as-of date, as an accruals ledger spreads an annual budget evenly across the
// year (a time-apportioned accrual, the convention HM Treasury's "Managing Public Money" and
// CIPFA's Code use for costs that fall evenly through a year). The amount apportioned is the
// year's actual where the pack gives it, else its forecast, and each row says which was used.
import type { Cost, IsoDate } from '../../domain.js';
import { financialYearEnd, financialYearStart } from '../../periods/financial-year.js';
import { parseIsoDate } from '../../periods/iso-date.js';
import { penceToPounds } from '../../money/pence.js';

/** Which figure a row's cost to date is a share of. */
export type CostBasis = 'actual' | 'forecast';

export interface CostToDate {
  /** Days of the financial year ended by the as-of date ÷ days in the year, in [0, 1]. */
  fraction: number;
  /** The year's actual where known, else its forecast. */
  basis: CostBasis;
  /** The annual figure apportioned, in pounds. */
  annual: number;
  /** annual × fraction, in pounds at full precision. */
  amount: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: IsoDate) => {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/**
 * The share of a financial year's days that have ended by `asOf` (the as-of day itself counts as
 * ended): 0 before the year starts, 1 once it has ended. 2013-14 as of 2013-09-30: 1 April to
 * 30 September is 183 of the year's 365 days.
 */
export function financialYearFractionEnded(financialYear: string, asOf: IsoDate): number {
  const start = dayNumber(financialYearStart(financialYear));
  const end = dayNumber(financialYearEnd(financialYear));
  const days = end - start + 1;
  const ended = Math.min(Math.max(dayNumber(asOf) - start + 1, 0), days);
  return ended / days;
}

/** One cost row's cost to date: its actual (else forecast) × the share of its year ended. */
export function costToDate(cost: Cost, asOf: IsoDate): CostToDate {
  const fraction = financialYearFractionEnded(cost.financialYear, asOf);
  const basis: CostBasis = cost.actualPence === null ? 'forecast' : 'actual';
  const annual = penceToPounds(cost.actualPence ?? cost.forecastPence);
  return { fraction, basis, annual, amount: annual * fraction };
}

/** Σ of the rows' costs to date, in pounds at full precision. */
export function costsToDate(costs: readonly Cost[], asOf: IsoDate): number {
  parseIsoDate(asOf, 'as-of date');
  let total = 0;
  for (const c of costs) total += costToDate(c, asOf).amount;
  return total;
}

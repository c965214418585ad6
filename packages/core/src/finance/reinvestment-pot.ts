// The reinvestment pot: the share of realised cashable benefit the partners pledged to put back
// into early help (West Cheshire's aspiration: 20%). Only savings to budgets the partnership
// controls can be reinvested: a cashable saving to a national budget (DWP benefits, the criminal
// justice system) is real money, but it is not the partners' to spend (HM Treasury's Green Book
// and the GMCA cost-benefit method both separate local from national fiscal benefits for this
// reason). So the pot counts local cashable savings only; national ones are reported beside it.
// Figures are at full precision; the API rounds each when it shows it.
import type { FinancialYearLabel } from '../domain.js';

export interface PotYear {
  financialYear: FinancialYearLabel;
  /** Realised cashable benefit to partners with local budgets. */
  localCashable: number;
  /** Realised cashable benefit to national budgets: shown beside the pot, never in it. */
  nationalCashable: number;
  /** localCashable × reinvestment share. */
  pot: number;
}

export interface ReinvestmentPot {
  reinvestmentShare: number;
  years: PotYear[];
  totalLocalCashable: number;
  totalNationalCashable: number;
  totalPot: number;
}

export interface CashableYear {
  financialYear: FinancialYearLabel;
  localCashable: number;
  nationalCashable: number;
}

/** pot_y = local cashable_y × share; totals are the exact sums of the years. */
export function reinvestmentPot(
  cashableByYear: readonly CashableYear[],
  reinvestmentShare: number,
): ReinvestmentPot {
  if (!(reinvestmentShare >= 0 && reinvestmentShare <= 1)) {
    throw new RangeError(`Reinvestment share ${reinvestmentShare} must be in [0, 1]`);
  }
  const years = cashableByYear.map(({ financialYear, localCashable, nationalCashable }) => ({
    financialYear,
    localCashable,
    nationalCashable,
    pot: localCashable * reinvestmentShare,
  }));
  const total = (key: 'localCashable' | 'nationalCashable' | 'pot') =>
    years.reduce((s, y) => s + y[key], 0);
  return {
    reinvestmentShare,
    years,
    totalLocalCashable: total('localCashable'),
    totalNationalCashable: total('nationalCashable'),
    totalPot: total('pot'),
  };
}

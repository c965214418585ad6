// The reinvestment pot: the share of realised cashable benefit the partners pledged to put back
// into early help (West Cheshire's aspiration: 20%). Each year's pot is rounded to the penny
// and the total is the sum of the years, so the table casts.
import type { FinancialYearLabel } from '../domain.js';
import { roundHalfAwayFromZero } from '../money/round.js';
import { fromPence, toPence } from './to-pence.js';

export interface PotYear {
  financialYear: FinancialYearLabel;
  realisedCashable: number;
  pot: number;
}

export interface ReinvestmentPot {
  reinvestmentShare: number;
  years: PotYear[];
  totalRealisedCashable: number;
  totalPot: number;
}

/** pot_y = realised cashable_y × share (to the penny); total = Σ pot_y. */
export function reinvestmentPot(
  cashableByYear: readonly { financialYear: FinancialYearLabel; realisedCashable: number }[],
  reinvestmentShare: number,
): ReinvestmentPot {
  if (!(reinvestmentShare >= 0 && reinvestmentShare <= 1)) {
    throw new RangeError(`Reinvestment share ${reinvestmentShare} must be in [0, 1]`);
  }
  let cashablePence = 0;
  let potPence = 0;
  const years = cashableByYear.map(({ financialYear, realisedCashable }) => {
    const cashable = toPence(realisedCashable);
    const pot = roundHalfAwayFromZero(cashable * reinvestmentShare, 0);
    cashablePence += cashable;
    potPence += pot;
    return { financialYear, realisedCashable: fromPence(cashable), pot: fromPence(pot) };
  });
  return {
    reinvestmentShare,
    years,
    totalRealisedCashable: fromPence(cashablePence),
    totalPot: fromPence(potPence),
  };
}

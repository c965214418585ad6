// The reinvestment pot by financial year (each year already whole pence in core).
import type { ReinvestmentPot } from '@outcomes/contract';
import { financeReinvestment, roundToPence, type FinanceEvaluation } from '@outcomes/core';

export function toReinvestmentPot(f: FinanceEvaluation): ReinvestmentPot {
  const pot = financeReinvestment(f);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    reinvestmentShare: pot.reinvestmentShare,
    years: pot.years.map((y) => ({
      financialYear: y.financialYear,
      realisedCashable: roundToPence(y.realisedCashable),
      pot: roundToPence(y.pot),
    })),
    totalRealisedCashable: roundToPence(pot.totalRealisedCashable),
    totalPot: roundToPence(pot.totalPot),
  };
}

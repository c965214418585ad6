// The reinvestment pot by financial year: local cashable savings × the reinvestment share, with
// national cashable savings beside it. Each figure is rounded once from full precision; a
// rounding line says what the shown years miss the shown totals by.
import type { ReinvestmentPot } from '@outcomes/contract';
import {
  financeReinvestment,
  financialYearStart,
  roundToPence,
  roundingLine,
  type FinanceEvaluation,
} from '@outcomes/core';

export function toReinvestmentPot(f: FinanceEvaluation): ReinvestmentPot {
  const pot = financeReinvestment(f);
  const column = (key: 'localCashable' | 'nationalCashable' | 'pot') =>
    pot.years.map((y) => y[key]);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    reinvestmentShare: pot.reinvestmentShare,
    years: pot.years.map((y) => ({
      financialYear: y.financialYear,
      started: financialYearStart(y.financialYear) <= f.asOf,
      localCashable: roundToPence(y.localCashable),
      nationalCashable: roundToPence(y.nationalCashable),
      pot: roundToPence(y.pot),
    })),
    totalLocalCashable: roundToPence(pot.totalLocalCashable),
    totalNationalCashable: roundToPence(pot.totalNationalCashable),
    totalRealisedCashable: roundToPence(pot.totalLocalCashable + pot.totalNationalCashable),
    totalPot: roundToPence(pot.totalPot),
    rounding: {
      localCashable: roundingLine(column('localCashable'), pot.totalLocalCashable),
      nationalCashable: roundingLine(column('nationalCashable'), pot.totalNationalCashable),
      pot: roundingLine(column('pot'), pot.totalPot),
    },
    nationalPartners: f.data.partners
      .filter((p) => p.budget === 'national')
      .map(({ id, name }) => ({ id, name })),
  };
}

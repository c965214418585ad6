// Partner equity: money rounded to pence, shares and gaps unrounded (like achievement).
import type { ProgrammeEquity } from '@outcomes/contract';
import { financeEquity, roundToPence, type FinanceEvaluation } from '@outcomes/core';

export function toProgrammeEquity(f: FinanceEvaluation): ProgrammeEquity {
  const equity = financeEquity(f);
  const t = equity.totals;
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    partners: equity.partners.map((p) => ({
      partnerId: p.partnerId,
      name: p.name,
      kind: p.kind,
      costToDate: roundToPence(p.costToDate),
      realisedBenefitToDate: roundToPence(p.realisedBenefitToDate),
      realisedCashableToDate: roundToPence(p.realisedCashableToDate),
      realisedNonCashableToDate: roundToPence(p.realisedNonCashableToDate),
      costShareToDate: p.costShareToDate,
      benefitShareToDate: p.benefitShareToDate,
      gapToDate: p.gapToDate,
      forecastCostWholeCase: roundToPence(p.forecastCostWholeCase),
      forecastBenefitWholeCase: roundToPence(p.forecastBenefitWholeCase),
      forecastCostShare: p.forecastCostShare,
      forecastBenefitShare: p.forecastBenefitShare,
      forecastGap: p.forecastGap,
    })),
    totals: {
      costToDate: roundToPence(t.costToDate),
      realisedBenefitToDate: roundToPence(t.realisedBenefitToDate),
      realisedCashableToDate: roundToPence(t.realisedCashableToDate),
      realisedNonCashableToDate: roundToPence(t.realisedNonCashableToDate),
      forecastCostWholeCase: roundToPence(t.forecastCostWholeCase),
      forecastBenefitWholeCase: roundToPence(t.forecastBenefitWholeCase),
    },
  };
}

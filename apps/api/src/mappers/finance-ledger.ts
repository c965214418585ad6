// The benefits ledger as the API gives it. Cells are already whole pence (sums of pence-rounded
// lines); roundToPence only guards the JSON rule "money has at most two decimals".
import type { BenefitLedger, LedgerGroupBy, LedgerTotal } from '@outcomes/contract';
import {
  benefitLedger,
  reconcileLedger,
  roundToPence,
  type FinanceEvaluation,
  type LedgerAmounts,
} from '@outcomes/core';

export function toLedgerAmounts(a: LedgerAmounts): LedgerTotal {
  return {
    forecastBenefitToDate: roundToPence(a.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(a.realisedBenefitToDate),
    forecastBenefitWholeCase: roundToPence(a.forecastBenefitWholeCase),
    ...(a.realisedCashableToDate === undefined
      ? {}
      : { realisedCashableToDate: roundToPence(a.realisedCashableToDate) }),
    lineCount: a.lineCount,
  };
}

export function toBenefitLedger(f: FinanceEvaluation, groupBy: LedgerGroupBy): BenefitLedger {
  const ledger = benefitLedger(f.lines, groupBy, f.data);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    groupBy,
    rows: ledger.rows.map((r) => ({ key: r.key, name: r.name, ...toLedgerAmounts(r) })),
    total: toLedgerAmounts(ledger.total),
    reconciliation: reconcileLedger(ledger.total, f.evaluation.totals, f.lines).map((r) => ({
      measure: r.measure,
      ledger: roundToPence(r.ledger),
      summary: r.summary,
      difference: roundToPence(r.difference),
      lines: r.lines,
      tolerance: r.tolerance,
    })),
  };
}

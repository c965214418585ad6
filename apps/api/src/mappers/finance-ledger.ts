// The benefits ledger as the API gives it. Cells are exact sums rounded once, here, so a strand's,
// partner's or year's cell is the same value as on the strand, equity and returns pages; the
// rounding line says what the shown rows miss the shown total by.
import type { BenefitLedger, LedgerGroupBy, LedgerRounding, LedgerTotal } from '@outcomes/contract';
import {
  benefitLedger,
  LEDGER_MEASURES,
  reconcileLedger,
  roundToPence,
  roundingLine,
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

function toLedgerRounding(rows: readonly LedgerAmounts[], total: LedgerAmounts): LedgerRounding {
  const rounding: LedgerRounding = {
    forecastBenefitToDate: 0,
    realisedBenefitToDate: 0,
    forecastBenefitWholeCase: 0,
  };
  for (const measure of LEDGER_MEASURES) {
    const exact = total[measure];
    if (exact === undefined) continue;
    rounding[measure] = roundingLine(
      rows.map((r) => r[measure] ?? 0),
      exact,
    );
  }
  return rounding;
}

export function toBenefitLedger(f: FinanceEvaluation, groupBy: LedgerGroupBy): BenefitLedger {
  const ledger = benefitLedger(f.lines, groupBy, f.data);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    groupBy,
    rows: ledger.rows.map((r) => ({ key: r.key, name: r.name, ...toLedgerAmounts(r) })),
    total: toLedgerAmounts(ledger.total),
    rounding: toLedgerRounding(ledger.rows, ledger.total),
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

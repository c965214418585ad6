// Reconciling the ledger with the summary. Both are now computed at full precision from the same
// per-period benefits and rounded once when shown (DESIGN.md), so the ledger's total row and the
// summary's figure are one value to the penny. The reconciliation stays as a visible check: a
// difference other than 0 is a defect, and the API tests assert there is none.
import type { BenefitTotals } from '../evaluation.js';
import { roundToPence } from '../money/round.js';
import { fromPence, toPence } from './to-pence.js';
import { lineCounts } from './ledger.js';
import type { BenefitLine, LedgerAmounts, LedgerMeasure } from './types.js';

export const LEDGER_MEASURES: readonly LedgerMeasure[] = [
  'forecastBenefitToDate',
  'realisedBenefitToDate',
  'forecastBenefitWholeCase',
  'realisedCashableToDate',
];

export interface MeasureReconciliation {
  measure: LedgerMeasure;
  /** The ledger's total row: the exact sum of its lines, rounded to the penny. */
  ledger: number;
  /** The summary's figure: the exact total, rounded to the penny. */
  summary: number;
  /** ledger − summary, in pounds (whole pence): 0 unless something is wrong. */
  difference: number;
  /** Lines counted in the figure. */
  lines: number;
  /** The difference allowed: none, as both are rounded once from full precision. */
  tolerance: number;
}

/** How far each ledger total is from the summary's figure (both rounded once, when shown). */
export function reconcileLedger(
  ledgerTotal: LedgerAmounts,
  summaryTotals: BenefitTotals,
  lines: readonly BenefitLine[],
): MeasureReconciliation[] {
  return LEDGER_MEASURES.map((measure) => {
    const ledger = roundToPence(ledgerTotal[measure] ?? 0);
    const summary = roundToPence(summaryTotals[measure]);
    return {
      measure,
      ledger,
      summary,
      difference: fromPence(toPence(ledger) - toPence(summary)),
      lines: lines.filter((l) => lineCounts(l, measure)).length,
      tolerance: 0,
    };
  });
}

// Reconciling the ledger with the summary. The summary rounds each exact total once; the ledger
// adds lines already rounded to the penny. Each rounded line is within ½p of its exact value and
// the summary within ½p of the exact total, so for a figure made of n lines the two can differ
// by at most (n + 1) × ½p. We show the difference rather than hide it.
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
  /** The ledger's total row: Σ of pence-rounded lines. */
  ledger: number;
  /** The summary's figure: the exact total rounded once. */
  summary: number;
  /** ledger − summary, in pounds (whole pence). */
  difference: number;
  /** Lines counted in the figure. */
  lines: number;
  /** The most the two can differ by rounding alone: (lines + 1) × £0.005. */
  tolerance: number;
}

/** How far each ledger total is from the summary's figure, and the most rounding allows. */
export function reconcileLedger(
  ledgerTotal: LedgerAmounts,
  summaryTotals: BenefitTotals,
  lines: readonly BenefitLine[],
): MeasureReconciliation[] {
  return LEDGER_MEASURES.map((measure) => {
    const ledger = ledgerTotal[measure] ?? 0;
    const summary = roundToPence(summaryTotals[measure]);
    const counted = lines.filter((l) => lineCounts(l, measure)).length;
    return {
      measure,
      ledger,
      summary,
      difference: fromPence(toPence(ledger) - toPence(summary)),
      lines: counted,
      tolerance: fromPence((counted + 1) / 2),
    };
  });
}

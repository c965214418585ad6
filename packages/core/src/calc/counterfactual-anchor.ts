// Where the counterfactual's growth is counted from (DESIGN.md: cf_t = baseline × (1 + g)^k, k
// whole financial years from the anchor's year). The anchor is the baseline's `growth_from` date
// where the pack gives one, else the programme's first day. Green Book practice is to project
// business-as-usual demand from the point the baseline describes; a baseline measured years
// before delivery starts, anchored at the programme's start, leaves the growth of the gap out of
// the counterfactual, so the page must say so.
import type { Baseline, FinancialYearLabel, IsoDate } from '../domain.js';
import {
  financialYearIndex,
  financialYearOf,
  financialYearStart,
} from '../periods/financial-year.js';

export interface CounterfactualAnchor {
  /** The date growth is counted from. */
  date: IsoDate;
  /** Its financial year: k = 0 there. */
  financialYear: FinancialYearLabel;
  /** 'baseline' when the pack's growth_from gave it, 'programme-start' by default. */
  source: 'baseline' | 'programme-start';
  /**
   * Whole financial years from the end of the baseline's measurement to the anchor whose growth
   * the counterfactual does not count: 0 when there is no gap, no growth, or no measured_to.
   */
  uncountedGrowthYears: number;
}

export function counterfactualAnchor(
  baseline: Baseline,
  firstFinancialYear: FinancialYearLabel,
): CounterfactualAnchor {
  const fromPack = baseline.growthFrom ?? null;
  const date = fromPack ?? financialYearStart(firstFinancialYear);
  const financialYear = financialYearOf(date);
  const measuredEnd = baseline.measuredTo ?? baseline.measuredFrom;
  const gap =
    measuredEnd === null || baseline.annualGrowth === 0
      ? 0
      : Math.max(financialYearIndex(financialYear, financialYearOf(measuredEnd)), 0);
  return {
    date,
    financialYear,
    source: fromPack === null ? 'programme-start' : 'baseline',
    uncountedGrowthYears: gap,
  };
}

/** k: whole financial years from the anchor's year to the period's (negative before it). */
export function counterfactualYearIndex(
  anchor: CounterfactualAnchor,
  periodYear: FinancialYearLabel,
): number {
  return financialYearIndex(periodYear, anchor.financialYear);
}

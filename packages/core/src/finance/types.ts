// The finance view's shapes: benefit lines (the evaluator's per-period benefits split by bearer),
// ledger cells built from them, returns by financial year, partner equity and the reinvestment
// pot. Money is in pounds; where a figure is a sum of lines it is a sum of pence-rounded lines
// (see finance/README.md, "Rounding"), so every cell casts exactly from the lines shown.
import type { BenefitCategory, FinancialYearLabel, IsoDate } from '../domain.js';

/** How the ledger groups lines. */
export type LedgerGroupBy =
  'strand' | 'partner' | 'financialYear' | 'outcome' | 'category' | 'cashable';

/** Which part of each line's benefit a figure counts. */
export type CashablePart = 'all' | 'cashable' | 'non-cashable';

/** The four benefit figures of the summary, each a sum over lines. */
export type LedgerMeasure =
  | 'forecastBenefitToDate'
  | 'realisedBenefitToDate'
  | 'forecastBenefitWholeCase'
  | 'realisedCashableToDate';

/** A line's money, in whole pence (each rounded half away from zero from full precision). */
export interface LinePence {
  forecastBenefit: number;
  forecastCashable: number;
  /** 0 when the period has no realised benefit. */
  realisedBenefit: number;
  realisedCashable: number;
}

/**
 * One bearer's part of one monetised metric period that has a forecast: everything needed to
 * work the £ out by hand. Benefits are the evaluator's period benefits × bearer share
 * (× cashable share for the cashable part), at full precision.
 */
export interface BenefitLine {
  metricId: string;
  metricName: string;
  strandId: string;
  outcomeId: string;
  unitCostId: string;
  category: BenefitCategory;
  /** The bearer: the partner whose budget the unit cost falls on (this share of it). */
  partnerId: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  label: string;
  financialYear: FinancialYearLabel;
  toDate: boolean;
  /** Ended with both a forecast and an actual: counted in the "to date" figures. */
  comparable: boolean;
  counterfactual: number;
  forecast: number;
  actual: number | null;
  forecastImprovement: number;
  actualImprovement: number | null;
  attribution: number;
  unitCostAsPriced: number;
  deflatorFactor: number;
  upratedUnitCost: number;
  optimismBias: number;
  periodLengthFactor: number;
  /** Additionality shares in the documented order (leakage, displacement, substitution, deadweight). */
  leakage: number;
  displacement: number;
  substitution: number;
  deadweight: number;
  /** (1 − leakage)(1 − displacement)(1 − substitution)(1 − deadweight): 1 with none. */
  additionalityFactor: number;
  /**
   * attribution × uprated unit cost × (1 − optimism bias) × period-length factor × additionality
   * factor.
   */
  valuePerUnit: number;
  bearerShare: number;
  cashableShare: number;
  forecastBenefit: number;
  forecastCashable: number;
  /** null before the programme's first year or when no actual is known. */
  realisedBenefit: number | null;
  realisedCashable: number | null;
  pence: LinePence;
}

/** The summary's four benefit figures over a set of lines, each a sum of pence-rounded lines. */
export interface LedgerAmounts {
  forecastBenefitToDate: number;
  realisedBenefitToDate: number;
  forecastBenefitWholeCase: number;
  /** Omitted in the cashable grouping, where the rows are themselves the split. */
  realisedCashableToDate?: number;
  /** Lines behind the whole-case figure (every line); the to-date figures use the comparable ones. */
  lineCount: number;
}

export interface LedgerRow extends LedgerAmounts {
  key: string;
  name: string;
}

export interface Ledger {
  groupBy: LedgerGroupBy;
  rows: LedgerRow[];
  total: LedgerAmounts;
}

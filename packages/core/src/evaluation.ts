import type { AdditionalityWorking } from './calc/appraisal/additionality.js';
// What evaluating a programme at an as-of date produces. Money here is in pounds at full
// precision (never rounded): rounding to pence happens only when a figure is shown or returned.
import type { CounterfactualAnchor } from './calc/counterfactual-anchor.js';
import type { Frequency, IsoDate, Metric, Rag, Strand, UnitCost } from './domain.js';

/** How one unit of a metric's improvement is turned into money (null for unmonetised metrics). */
export interface Monetisation {
  unitCost: UnitCost;
  /** Unit cost in pounds in its own price year. */
  unitCostAsPriced: number;
  /** index(priceBaseYear) / index(priceYear); 1 when they are the same year. */
  deflatorFactor: number;
  /** unitCostAsPriced × deflatorFactor. */
  upratedUnitCost: number;
  /** Optimism-bias correction for the unit cost's confidence grade, in [0, 1). */
  optimismBias: number;
  /** 1 for a flow metric; the period's length in years for a stock metric. */
  periodLengthFactor: number;
  attribution: number;
  /** Leakage, displacement, substitution and deadweight, step by step (factor 1 with none). */
  additionality: AdditionalityWorking;
  /**
   * attribution × upratedUnitCost × (1 − optimismBias) × periodLengthFactor × additionality
   * factor: £ per unit improved.
   */
  valuePerUnit: number;
}

export interface PeriodEvaluation {
  periodStart: IsoDate;
  /** Last day of the period (inclusive). */
  periodEnd: IsoDate;
  label: string;
  financialYear: string;
  /** True when the period ended on or before the as-of date. */
  toDate: boolean;
  counterfactual: number;
  /**
   * The comparator's value for the period when the counterfactual came from it (difference in
   * differences); absent or null when it came from the baseline's growth.
   */
  comparator?: number | null;
  forecast: number | null;
  actual: number | null;
  forecastImprovement: number | null;
  actualImprovement: number | null;
  /** null when the metric is not monetised or the value it needs is missing. */
  forecastBenefit: number | null;
  realisedBenefit: number | null;
  /** Ended, has a forecast, has no actual. */
  missingReturn: boolean;
  /** Ended and has both a forecast and an actual: counted in achievement and "to date" sums. */
  comparable: boolean;
}

export interface BenefitTotals {
  /** Σ forecast benefit over comparable periods (to date with forecast and actual). */
  forecastBenefitToDate: number;
  /** Σ realised benefit over comparable periods. */
  realisedBenefitToDate: number;
  /** Σ realised benefit × cashable share over comparable periods. */
  realisedCashableToDate: number;
  /** Σ forecast benefit over every forecast period. */
  forecastBenefitWholeCase: number;
}

export interface MetricEvaluation extends BenefitTotals {
  metric: Metric;
  monetisation: Monetisation | null;
  /** Where the counterfactual's growth is counted from, and any growth it leaves out. */
  counterfactualAnchor: CounterfactualAnchor;
  /** ΣA / ΣF over comparable periods; null for no-data and no-target. */
  achievement: number | null;
  rag: Rag;
  missingReturns: number;
  latestActual: { periodStart: IsoDate; label: string; value: number } | null;
  /** Ascending: every forecast period, and every actual period to date. */
  periods: PeriodEvaluation[];
}

export type RagCounts = Record<Rag, number>;

export interface StrandEvaluation extends BenefitTotals {
  strand: Strand;
  achievement: number | null;
  rag: Rag;
  costToDate: number;
  netBenefitToDate: number;
  missingReturns: number;
  metricRag: RagCounts;
  metrics: MetricEvaluation[];
}

export interface ProgrammeTotals extends BenefitTotals {
  costToDate: number;
  netBenefitToDate: number;
  achievement: number | null;
  rag: Rag;
  missingReturns: number;
}

export interface ProgrammeEvaluation {
  programmeId: string;
  asOf: IsoDate;
  totals: ProgrammeTotals;
  strands: StrandEvaluation[];
}

export type { Frequency };

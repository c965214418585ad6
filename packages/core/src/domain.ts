// The domain as the calculations see it: plain data, no I/O. The db package reads these from
// SQLite; the core package computes from them. Money inputs are integer pence (see DESIGN.md).

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** A UK financial year written `2013-14` (1 April 2013 to 31 March 2014). */
export type FinancialYearLabel = string;

export type Frequency = 'month' | 'quarter' | 'year';
/** Which way is better: `lower` (polarity −1) or `higher` (polarity +1). */
export type Polarity = 'lower' | 'higher';
/** flow: counted over the period; stock: a count at the period's end. */
export type MetricKind = 'flow' | 'stock';
export type Rag = 'green' | 'amber' | 'red' | 'no-data' | 'no-target';
export type UnitCostPer = 'event' | 'year';
export type BenefitCategory = 'fiscal' | 'economic' | 'social';
export type CostKind = 'transition' | 'running';
export type PartnerKind =
  | 'council'
  | 'police'
  | 'probation'
  | 'health'
  | 'dwp'
  | 'fire'
  | 'housing'
  | 'voluntary'
  | 'other';

export interface RagThresholds {
  green: number;
  amber: number;
}

/** Optimism-bias correction by confidence grade 1..6, each in [0, 1). */
export type OptimismBiasLadder = Record<1 | 2 | 3 | 4 | 5 | 6, number>;

export interface Programme {
  id: string;
  name: string;
  place: string;
  description: string | null;
  firstFinancialYear: FinancialYearLabel;
  years: number;
  priceBaseYear: FinancialYearLabel;
  discountRate: number;
  ragThresholds: RagThresholds;
  reinvestmentShare: number;
  optimismBias: OptimismBiasLadder;
  illustrative: boolean;
  /**
   * Points in a row that make a shift or a trend on the SPC charts: 6 or 7 (Making Data Count
   * tools offer both). Absent means 7, the NHSRplotthedots default.
   */
  spcShiftRunLength?: 6 | 7;
  /** Residents of the place, for rates per 10,000 when places are compared. Absent: unknown. */
  population?: number | null;
  /** Whether the programme appears when places are compared. Absent means false. */
  comparisonOptIn?: boolean;
  /** Whether its headline figures are published on a public page. Absent means false. */
  publicPage?: boolean;
}

/**
 * Whose budget a partner's savings fall on: `local` (the partnership controls it: council,
 * police, NHS locally) or `national` (DWP, the criminal justice system). Only local cashable
 * savings can be reinvested.
 */
export type PartnerBudget = 'local' | 'national';

export interface Partner {
  id: string;
  name: string;
  kind: PartnerKind;
  /** Absent means `local`, the pack's default. */
  budget?: PartnerBudget;
}

export interface Outcome {
  id: string;
  name: string;
}

export interface Strand {
  id: string;
  name: string;
  sponsorPartnerId: string;
  description: string | null;
}

export interface UnitCostBearer {
  partnerId: string;
  share: number;
}

export interface UnitCost {
  id: string;
  name: string;
  per: UnitCostPer;
  valuePence: number;
  priceYear: FinancialYearLabel;
  source: string;
  confidenceGrade: 1 | 2 | 3 | 4 | 5 | 6;
  category: BenefitCategory;
  cashableShare: number;
  bearers: UnitCostBearer[];
}

export interface Baseline {
  /** Level per period of the metric's frequency. */
  value: number;
  /** Annual growth of demand without the change, compounded per financial year. */
  annualGrowth: number;
  measuredFrom: IsoDate | null;
  measuredTo: IsoDate | null;
  note: string | null;
  /**
   * The counterfactual's anchor: growth is compounded per financial year from the financial
   * year containing this date. Absent or null means the programme's first day.
   */
  growthFrom?: IsoDate | null;
}

/** A value for one period, identified by the period's first day. */
export interface PeriodValue {
  periodStart: IsoDate;
  value: number;
}

export interface Metric {
  id: string;
  strandId: string;
  outcomeId: string;
  name: string;
  unit: string;
  frequency: Frequency;
  polarity: Polarity;
  kind: MetricKind;
  /**
   * A running total (e.g. families with results achieved to date): its SPC chart is of the
   * per-period increments. Absent means false.
   */
  cumulative?: boolean;
  /**
   * A code shared across programmes for the same measure (e.g. a national indicator id), so
   * places can be compared on it. Absent or null: not comparable.
   */
  indicatorCode?: string | null;
  ownerPartnerId: string;
  unitCostId: string | null;
  attribution: number;
  source: string;
  baseline: Baseline;
  /** The current forecast version, one value per period. */
  forecasts: PeriodValue[];
  /** The current revision of each returned figure as known at the evaluation date. */
  actuals: PeriodValue[];
}

export interface Cost {
  strandId: string;
  partnerId: string;
  financialYear: FinancialYearLabel;
  kind: CostKind;
  forecastPence: number;
  /** null when not yet known. */
  actualPence: number | null;
}

export interface Deflator {
  financialYear: FinancialYearLabel;
  index: number;
}

/** Everything the calculations need about one programme. */
export interface ProgrammeData {
  programme: Programme;
  partners: Partner[];
  outcomes: Outcome[];
  strands: Strand[];
  unitCosts: UnitCost[];
  metrics: Metric[];
  costs: Cost[];
  deflators: Deflator[];
}

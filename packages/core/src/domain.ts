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
  /**
   * The value stack (GMCA CBA model): `valuePence` is the part in `category`; these are the
   * optional economic and social parts of one unit, in the same price year. Absent or null
   * means none, which leaves the figures as they were before the stack existed.
   */
  economicPence?: number | null;
  socialPence?: number | null;
}

/**
 * Additionality of a metric's improvement (HM Treasury Green Book; HCA Additionality Guide,
 * 4th edition 2014): shares in [0, 1], each 0 when not given. See calc/additionality.ts.
 */
export interface Additionality {
  leakage: number;
  displacement: number;
  substitution: number;
  deadweight: number;
  /** Where the shares come from, and the evidence grade given to them. */
  source: string | null;
  grade: string | null;
}

/**
 * How long a metric's value lasts (the GMCA CBA model's lag, persistence and drop-off profile):
 * the value of an outcome achieved in year y is realised in year y + lagYears + k at
 * (1 − dropOffRate)^k for k = 0 .. persistenceYears − 1. See calc/appraisal/persistence.ts.
 */
export interface Persistence {
  /** Whole years before the value starts; 0 means the year it is achieved. */
  lagYears: number;
  /** Years the value lasts, the first included; 1 means that year only. */
  persistenceYears: number;
  /** Share of the value lost in each further year, in [0, 1]. */
  dropOffRate: number;
  /** Where the profile comes from. */
  source: string | null;
}

/** Green Book supplementary guidance optimism-bias categories for costs (Mott MacDonald 2002). */
export type CostOptimismBiasCategory =
  | 'standard-buildings'
  | 'non-standard-buildings'
  | 'standard-civil-engineering'
  | 'non-standard-civil-engineering'
  | 'equipment-development'
  | 'outsourcing';

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

/**
 * A comparison series that stands for the metric's counterfactual (another area's or the national
 * series), scaled to the baseline over its measurement period: see calc/comparator-counterfactual.
 */
export interface Comparator {
  /** Whose series it is, e.g. "England, ONS". */
  name: string;
  /** Where the figures come from; the metric page names it. */
  source: string;
  /** One value per period of the metric's frequency. */
  values: readonly PeriodValue[];
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
  /** Absent means no leakage, displacement, substitution or deadweight. */
  additionality?: Additionality | null;
  baseline: Baseline;
  /**
   * Where given, the counterfactual of each period the comparator has a value for is the
   * comparator scaled to the baseline instead of the baseline grown at annual_growth. Absent or
   * null: growth only (today's figures).
   */
  comparator?: Comparator | null;
  /** Absent or null: the value counts in the year it is achieved only (today's figures). */
  persistence?: Persistence | null;
  /**
   * The first day from which no figures are due (issue 17: a metric with returns is retired,
   * never deleted). The start of one of its periods; every period starting on or after it is
   * owed by no one. Absent or null: in use.
   */
  retiredFrom?: IsoDate | null;
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
  /**
   * The year whose prices the amounts are in; absent or null means the programme's price base
   * (no deflating), as before this field existed.
   */
  priceYear?: FinancialYearLabel | null;
  /** Green Book category the optimism-bias uplift on the forecast comes from. */
  optimismBiasCategory?: CostOptimismBiasCategory | null;
  /** Uplift share on the forecast (≥ 0); overrides the category's; absent or null means 0. */
  optimismBias?: number | null;
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
  /**
   * The business-case version the forecasts, forecast costs and unit costs come from (the one in
   * force at the evaluation date). Absent for a programme with no recorded versions.
   */
  businessCase?: { version: number; name: string };
}

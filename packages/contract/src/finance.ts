// The finance view (issue 5): benefits ledger, the lines behind every cell, costs and returns,
// partner equity, the unit-cost register, scenarios and the reinvestment pot. Money is in pounds,
// rounded to pence; a ledger cell is the sum of its pence-rounded lines.
import { z } from 'zod';
import { isoDateSchema, moneySchema } from './common.js';
import { persistenceBlockSchema } from './persistence.js';

/** `?format=` on every finance GET: JSON (default), CSV or an Excel workbook. */
export const exportFormatSchema = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const ledgerGroupBySchema = z.enum([
  'strand',
  'partner',
  'financialYear',
  'outcome',
  'category',
  'cashable',
]);
export type LedgerGroupBy = z.infer<typeof ledgerGroupBySchema>;

export const ledgerMeasureSchema = z.enum([
  'forecastBenefitToDate',
  'realisedBenefitToDate',
  'forecastBenefitWholeCase',
  'realisedCashableToDate',
]);
export type LedgerMeasure = z.infer<typeof ledgerMeasureSchema>;

export const cashablePartSchema = z.enum(['all', 'cashable', 'non-cashable']);
export type CashablePart = z.infer<typeof cashablePartSchema>;

export const benefitCategorySchema = z.enum(['fiscal', 'economic', 'social']);

const financialYearSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be a financial year written YYYY-YY, e.g. 2013-14');

const idFilter = z.string().min(1).max(200).optional();

// ---- Ledger ------------------------------------------------------------------------------------

export const benefitsQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  groupBy: ledgerGroupBySchema.default('strand'),
  format: exportFormatSchema.default('json'),
});

const ledgerAmountsShape = {
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  forecastBenefitWholeCase: moneySchema,
  /** Absent in the cashable grouping, whose rows are that split. */
  realisedCashableToDate: moneySchema.optional(),
  lineCount: z.number().int(),
};

export const ledgerRowSchema = z.object({
  key: z.string(),
  name: z.string(),
  ...ledgerAmountsShape,
});
export type LedgerRow = z.infer<typeof ledgerRowSchema>;
export const ledgerTotalSchema = z.object(ledgerAmountsShape);
export type LedgerTotal = z.infer<typeof ledgerTotalSchema>;

/**
 * The shown total less the sum of the shown rows, per figure: rows and total are each rounded
 * once from full precision, so the rounded rows may miss the rounded total by a few pence.
 */
export const ledgerRoundingSchema = z.object({
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  forecastBenefitWholeCase: moneySchema,
  realisedCashableToDate: moneySchema.optional(),
});
export type LedgerRounding = z.infer<typeof ledgerRoundingSchema>;

export const reconciliationSchema = z.object({
  measure: ledgerMeasureSchema,
  ledger: moneySchema,
  summary: moneySchema,
  difference: moneySchema,
  lines: z.number().int(),
  tolerance: z.number(),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const benefitLedgerSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  groupBy: ledgerGroupBySchema,
  rows: z.array(ledgerRowSchema),
  total: ledgerTotalSchema,
  /** What the shown rows miss the shown total by (rows + rounding = total, to the penny). */
  rounding: ledgerRoundingSchema,
  /** The total row against the summary endpoint's figures: the same values, to the penny. */
  reconciliation: z.array(reconciliationSchema),
});
export type BenefitLedger = z.infer<typeof benefitLedgerSchema>;

// ---- Lines -------------------------------------------------------------------------------------

export const benefitLinesQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  strand: idFilter,
  partner: idFilter,
  financialYear: financialYearSchema.optional(),
  metric: idFilter,
  outcome: idFilter,
  category: benefitCategorySchema.optional(),
  unitCost: idFilter,
  /** Only lines borne by partners with this budget (the reinvestment pot's local/national). */
  budget: z.enum(['local', 'national']).optional(),
  measure: ledgerMeasureSchema.default('realisedBenefitToDate'),
  part: cashablePartSchema.default('all'),
  format: exportFormatSchema.default('json'),
});
export type BenefitLinesQuery = z.input<typeof benefitLinesQuerySchema>;

export const benefitLineSchema = z.object({
  metricId: z.string(),
  metricName: z.string(),
  strandId: z.string(),
  outcomeId: z.string(),
  unitCostId: z.string(),
  /** The unit cost's name, for display. */
  unitCostName: z.string(),
  category: benefitCategorySchema,
  partnerId: z.string(),
  periodStart: z.string(),
  label: z.string(),
  financialYear: z.string(),
  comparable: z.boolean(),
  counterfactual: z.number(),
  /** The forecast or the actual, whichever the measure uses. */
  value: z.number().nullable(),
  /** The improvement the measure uses: p × (value − counterfactual). */
  improvement: z.number().nullable(),
  attribution: z.number(),
  unitCostAsPriced: moneySchema,
  priceYear: z.string(),
  deflatorFactor: z.number(),
  /** Rounded to pence for reading; the £ is worked from the unrounded factors. */
  upratedUnitCost: moneySchema,
  optimismBias: z.number(),
  periodLengthFactor: z.number(),
  /** Additionality shares in the order applied (HCA Additionality Guide): 0 when not given. */
  leakage: z.number(),
  displacement: z.number(),
  substitution: z.number(),
  deadweight: z.number(),
  /** (1 − leakage)(1 − displacement)(1 − substitution)(1 − deadweight). */
  additionalityFactor: z.number(),
  bearerShare: z.number(),
  cashableShare: z.number(),
  /** The share of the line's benefit the part counts: 1, the cashable share or 1 − it. */
  partFactor: z.number(),
  /** The resulting £, rounded to pence for display. */
  amount: moneySchema,
});
export type BenefitLineItem = z.infer<typeof benefitLineSchema>;

export const benefitLinesSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  measure: ledgerMeasureSchema,
  part: cashablePartSchema,
  filters: z.object({
    strand: z.string().nullable(),
    partner: z.string().nullable(),
    financialYear: z.string().nullable(),
    metric: z.string().nullable(),
    outcome: z.string().nullable(),
    category: z.string().nullable(),
    unitCost: z.string().nullable(),
    budget: z.string().nullable(),
  }),
  /** The exact sum of the lines, rounded once: equal to the ledger cell the filters pick out. */
  total: moneySchema,
  /** total − Σ amount: what rounding each line to the penny leaves over. */
  rounding: moneySchema,
  lineCount: z.number().int(),
  lines: z.array(benefitLineSchema),
});
export type BenefitLines = z.infer<typeof benefitLinesSchema>;

export const costMeasureSchema = z.enum(['forecastCost', 'actualCostToDate']);
export type CostMeasure = z.infer<typeof costMeasureSchema>;

export const costLinesQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  strand: idFilter,
  partner: idFilter,
  financialYear: financialYearSchema.optional(),
  kind: z.enum(['transition', 'running']).optional(),
  measure: costMeasureSchema.default('actualCostToDate'),
  format: exportFormatSchema.default('json'),
});
export type CostLinesQuery = z.input<typeof costLinesQuerySchema>;

export const costLineSchema = z.object({
  strandId: z.string(),
  partnerId: z.string(),
  financialYear: z.string(),
  kind: z.enum(['transition', 'running']),
  forecast: moneySchema,
  /** null when not yet known. */
  actual: moneySchema.nullable(),
  /** The year has ended by the as-of date, so it counts whole. */
  ended: z.boolean(),
  /** Days of the year ended by the as-of date ÷ days in the year (cost to date only). */
  fraction: z.number(),
  /** The figure apportioned to date: the actual where known, else the forecast. */
  basis: z.enum(['actual', 'forecast']),
  /** What this row adds to the figure: its forecast, or (basis) × fraction to date. */
  amount: moneySchema,
  /**
   * How the row was appraised (issue 18): as the pack gives it, the prices it is in (null: the
   * price base), index(base) / index(price year), and the optimism-bias uplift on the forecast.
   * forecast = forecastAsGiven × deflatorFactor × (1 + optimismBias); actual = actualAsGiven ×
   * deflatorFactor.
   */
  forecastAsGiven: moneySchema,
  actualAsGiven: moneySchema.nullable(),
  priceYear: z.string().nullable(),
  deflatorFactor: z.number(),
  optimismBias: z.number(),
});
export type CostLine = z.infer<typeof costLineSchema>;

export const costLinesSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  measure: costMeasureSchema,
  filters: z.object({
    strand: z.string().nullable(),
    partner: z.string().nullable(),
    financialYear: z.string().nullable(),
    kind: z.string().nullable(),
  }),
  /** The exact sum of the rows, rounded once. */
  total: moneySchema,
  /** total − Σ amount: what rounding each row to the penny leaves over. */
  rounding: moneySchema,
  lineCount: z.number().int(),
  lines: z.array(costLineSchema),
});
export type CostLines = z.infer<typeof costLinesSchema>;

// ---- Returns -----------------------------------------------------------------------------------

export const financeQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  format: exportFormatSchema.default('json'),
});

export const returnsYearSchema = z.object({
  financialYear: z.string(),
  yearIndex: z.number().int(),
  discountFactor: z.number(),
  started: z.boolean(),
  ended: z.boolean(),
  /** Days of the year ended by the as-of date ÷ days in the year: the share of cost to date. */
  costToDateFraction: z.number(),
  /** What the year's cost to date is a share of: actuals, forecasts (no actual yet), or both. */
  costBasis: z.enum(['actual', 'forecast', 'mixed']).nullable(),
  forecastTransitionCost: moneySchema,
  forecastRunningCost: moneySchema,
  forecastCost: moneySchema,
  /** Cost to date of the year (see costBasis), null before the year starts. */
  actualTransitionCost: moneySchema.nullable(),
  actualRunningCost: moneySchema.nullable(),
  actualCost: moneySchema.nullable(),
  /** Cost rows of a started year with no actual yet: their forecast is counted. */
  actualCostsNotKnown: z.number().int(),
  forecastBenefit: moneySchema,
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  forecastNet: moneySchema,
  cumulativeForecastNet: moneySchema,
  realisedNet: moneySchema.nullable(),
  cumulativeRealisedNet: moneySchema.nullable(),
  presentValue: z.object({
    forecastCost: moneySchema,
    forecastBenefit: moneySchema,
    actualCost: moneySchema.nullable(),
    realisedBenefit: moneySchema.nullable(),
  }),
});
export type ReturnsYear = z.infer<typeof returnsYearSchema>;

export const returnsBasisSchema = z.object({
  cost: moneySchema,
  benefit: moneySchema,
  net: moneySchema,
  returnOnInvestment: z.number().nullable(),
  paybackYear: z.string().nullable(),
  presentValueCost: moneySchema,
  presentValueBenefit: moneySchema,
  netPresentValue: moneySchema,
  discountedReturnOnInvestment: z.number().nullable(),
  discountedPaybackYear: z.string().nullable(),
});
export type ReturnsBasis = z.infer<typeof returnsBasisSchema>;

export const returnsBlockSchema = z.object({
  /** 'programme' for the whole programme, else the strand's id. */
  id: z.string(),
  name: z.string(),
  years: z.array(returnsYearSchema),
  businessCase: returnsBasisSchema,
  realisedToDate: returnsBasisSchema,
});
export type ReturnsBlock = z.infer<typeof returnsBlockSchema>;

export const programmeReturnsSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  discountRate: z.number(),
  programme: returnsBlockSchema,
  strands: z.array(returnsBlockSchema),
  /** The programme's business case with each metric's lag, persistence and drop-off. */
  persistence: persistenceBlockSchema,
});
export type ProgrammeReturns = z.infer<typeof programmeReturnsSchema>;

// ---- Equity ------------------------------------------------------------------------------------

export const equityRowSchema = z.object({
  partnerId: z.string(),
  name: z.string(),
  kind: z.string(),
  costToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  realisedCashableToDate: moneySchema,
  realisedNonCashableToDate: moneySchema,
  costShareToDate: z.number().nullable(),
  benefitShareToDate: z.number().nullable(),
  gapToDate: z.number().nullable(),
  forecastCostWholeCase: moneySchema,
  forecastBenefitWholeCase: moneySchema,
  forecastCostShare: z.number().nullable(),
  forecastBenefitShare: z.number().nullable(),
  forecastGap: z.number().nullable(),
});
export type EquityRow = z.infer<typeof equityRowSchema>;

export const programmeEquitySchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  partners: z.array(equityRowSchema),
  totals: z.object({
    costToDate: moneySchema,
    realisedBenefitToDate: moneySchema,
    realisedCashableToDate: moneySchema,
    realisedNonCashableToDate: moneySchema,
    forecastCostWholeCase: moneySchema,
    forecastBenefitWholeCase: moneySchema,
  }),
});
export type ProgrammeEquity = z.infer<typeof programmeEquitySchema>;

// ---- Unit-cost register ------------------------------------------------------------------------

export const unitCostsQuerySchema = z.object({ format: exportFormatSchema.default('json') });

export const registeredUnitCostSchema = z.object({
  id: z.string(),
  name: z.string(),
  per: z.enum(['event', 'year']),
  valueAsPriced: moneySchema,
  priceYear: z.string(),
  source: z.string(),
  category: benefitCategorySchema,
  confidenceGrade: z.number().int(),
  optimismBias: z.number(),
  deflatorFactor: z.number(),
  upratedValue: moneySchema,
  valueAfterOptimismBias: moneySchema,
  cashableShare: z.number(),
  bearers: z.array(z.object({ partnerId: z.string(), name: z.string(), share: z.number() })),
  metrics: z.array(
    z.object({ id: z.string(), name: z.string(), strandId: z.string(), attribution: z.number() }),
  ),
});
export type RegisteredUnitCost = z.infer<typeof registeredUnitCostSchema>;

export const unitCostRegisterSchema = z.object({
  programmeId: z.string(),
  priceBaseYear: z.string(),
  unitCosts: z.array(registeredUnitCostSchema),
});
export type UnitCostRegister = z.infer<typeof unitCostRegisterSchema>;

// ---- Reinvestment pot --------------------------------------------------------------------------

export const reinvestmentPotSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  reinvestmentShare: z.number(),
  years: z.array(
    z.object({
      financialYear: z.string(),
      /** The year had begun by the as-of date: a year not begun has no data (charts leave a gap). */
      started: z.boolean(),
      /** Realised cashable benefit to partners with local budgets: the pot's base. */
      localCashable: moneySchema,
      /** Realised cashable benefit to national budgets: reported beside the pot, never in it. */
      nationalCashable: moneySchema,
      pot: moneySchema,
    }),
  ),
  totalLocalCashable: moneySchema,
  totalNationalCashable: moneySchema,
  /** Local + national: the ledger's realised cashable to date. */
  totalRealisedCashable: moneySchema,
  totalPot: moneySchema,
  /** Shown total less the sum of the shown years, for each column. */
  rounding: z.object({
    localCashable: moneySchema,
    nationalCashable: moneySchema,
    pot: moneySchema,
  }),
  /** The partners whose budgets are national, by name. */
  nationalPartners: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReinvestmentPot = z.infer<typeof reinvestmentPotSchema>;

// ---- Scenarios ---------------------------------------------------------------------------------

const rateSchema = z
  .number({ error: 'must be a number' })
  .min(0, 'must be 0 or more')
  .lt(1, 'must be less than 1 (a fraction: 0.1 is 10%)');

export const scenarioRequestSchema = z.strictObject(
  {
    unitCostChanges: z
      .array(
        z.strictObject({
          unitCostId: z.string({ error: 'must be a unit cost id, or * for all' }).min(1).max(200),
          percent: z
            .number({ error: 'must be a number' })
            .gt(-100, 'must be greater than -100 (a unit cost cannot fall to zero)')
            .max(1000, 'must be at most 1000'),
        }),
      )
      .max(500)
      .optional(),
    optimismBias: z
      .strictObject(
        {
          '1': rateSchema.optional(),
          '2': rateSchema.optional(),
          '3': rateSchema.optional(),
          '4': rateSchema.optional(),
          '5': rateSchema.optional(),
          '6': rateSchema.optional(),
        },
        { error: 'must give corrections for confidence grades 1 to 6 only' },
      )
      .optional(),
    discountRate: rateSchema.optional(),
    growthChange: z
      .number({ error: 'must be a number' })
      .min(-0.5, 'must be -0.5 or more (a fraction: 0.01 is one percentage point)')
      .max(0.5, 'must be at most 0.5 (a fraction: 0.01 is one percentage point)')
      .optional(),
    attributionPercent: z
      .number({ error: 'must be a number' })
      .gt(-100, 'must be greater than -100')
      .max(1000, 'must be at most 1000')
      .optional(),
    /** Added to every persistence profile's drop-off rate, as a fraction (kept within 0 to 1). */
    dropOffChange: z
      .number({ error: 'must be a number' })
      .min(-1, 'must be -1 or more (a fraction: 0.1 is ten percentage points)')
      .max(1, 'must be at most 1 (a fraction: 0.1 is ten percentage points)')
      .optional(),
    /** Whole years added to every persistence profile (never below one year). */
    persistenceYearsChange: z
      .number({ error: 'must be a whole number of years' })
      .int('must be a whole number of years')
      .min(-30, 'must be -30 or more')
      .max(30, 'must be at most 30')
      .optional(),
  },
  {
    error:
      'may hold only unitCostChanges, optimismBias, discountRate, growthChange, ' +
      'attributionPercent, dropOffChange and persistenceYearsChange',
  },
);
export type ScenarioRequest = z.infer<typeof scenarioRequestSchema>;

export const scenarioFigureSchema = z.object({
  key: z.string(),
  kind: z.enum(['money', 'ratio']),
  base: z.number().nullable(),
  scenario: z.number().nullable(),
  change: z.number().nullable(),
});
export type ScenarioFigure = z.infer<typeof scenarioFigureSchema>;

const sideBySide = z.object({ base: moneySchema, scenario: moneySchema, change: moneySchema });
const paybackPair = z.object({ base: z.string().nullable(), scenario: z.string().nullable() });

export const scenarioComparisonSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** The overrides as applied (nothing is stored). */
  overrides: scenarioRequestSchema,
  discountRate: z.object({ base: z.number(), scenario: z.number() }),
  figures: z.array(scenarioFigureSchema),
  paybackYear: z.object({
    businessCase: paybackPair,
    businessCaseDiscounted: paybackPair,
    realisedToDate: paybackPair,
  }),
  strands: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      realisedBenefitToDate: sideBySide,
      forecastBenefitWholeCase: sideBySide,
    }),
  ),
});
export type ScenarioComparison = z.infer<typeof scenarioComparisonSchema>;

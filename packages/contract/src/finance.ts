// The finance view (issue 5): the benefits ledger, the lines behind every cell and the costs.
// Money is in pounds, rounded to pence; a ledger cell is the sum of its pence-rounded lines. Returns,
// equity, the unit-cost register and the reinvestment pot are in finance-returns.ts; scenarios in
// scenarios.ts.
import { z } from 'zod';
import { isoDateSchema, moneySchema } from './common.js';

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

// The finance view's returns (issue 5): costs against benefits by year, partner equity, the
// unit-cost register and the reinvestment pot. Money is in pounds, rounded to pence.
import { z } from 'zod';
import { isoDateSchema, moneySchema } from './common.js';
import { benefitCategorySchema, exportFormatSchema } from './finance.js';
import { persistenceBlockSchema } from './persistence.js';

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

import { z } from 'zod';
import { businessCaseRefSchema } from './business-case.js';
import { moneySchema, ragCountsSchema, ragSchema } from './common.js';
import { metricDefinitionSchema, strandDefinitionSchema } from './programme.js';

const benefitFields = {
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  realisedCashableToDate: moneySchema,
  forecastBenefitWholeCase: moneySchema,
};

export const programmeTotalsSchema = z.object({
  ...benefitFields,
  costToDate: moneySchema,
  netBenefitToDate: moneySchema,
  achievement: z.number().nullable(),
  rag: ragSchema,
  missingReturns: z.number().int(),
});
export type ProgrammeTotals = z.infer<typeof programmeTotalsSchema>;

export const strandSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  sponsorPartnerId: z.string(),
  rag: ragSchema,
  achievement: z.number().nullable(),
  ...benefitFields,
  costToDate: moneySchema,
  metricRag: ragCountsSchema,
});
export type StrandSummary = z.infer<typeof strandSummarySchema>;

/** Cumulative benefit by quarter, for the overview chart. */
export const cumulativePointSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  cumulativeForecastBenefit: moneySchema,
  cumulativeRealisedBenefit: moneySchema,
});

export const programmeSummarySchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** The business-case version the figures are judged against (in force at asOf). */
  businessCase: businessCaseRefSchema,
  totals: programmeTotalsSchema,
  strands: z.array(strandSummarySchema),
  cumulativeByQuarter: z.array(cumulativePointSchema),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const latestActualSchema = z
  .object({ periodStart: z.string(), label: z.string(), value: z.number() })
  .nullable();

export const strandMetricSchema = metricDefinitionSchema.extend({
  rag: ragSchema,
  achievement: z.number().nullable(),
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  missingReturns: z.number().int(),
  latestActual: latestActualSchema,
  /** Actuals to date, oldest first, for a small trend line. */
  trend: z.array(z.object({ periodStart: z.string(), label: z.string(), value: z.number() })),
});
export type StrandMetric = z.infer<typeof strandMetricSchema>;

export const strandDetailSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  businessCase: businessCaseRefSchema,
  strand: strandDefinitionSchema,
  summary: strandSummarySchema,
  metrics: z.array(strandMetricSchema),
});
export type StrandDetail = z.infer<typeof strandDetailSchema>;

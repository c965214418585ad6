import { z } from 'zod';
import { businessCaseRefSchema } from './business-case.js';
import { moneySchema, ragSchema } from './common.js';
import { metricDefinitionSchema } from './programme.js';
import { spcSchema } from './spc.js';

export const seriesPeriodSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  counterfactual: z.number(),
  /** Where this period's counterfactual comes from: the baseline's growth or the comparison series. */
  counterfactualFrom: z.enum(['growth', 'comparator']),
  /** The comparison series' value in this period; null when there is none for it. */
  comparator: z.number().nullable(),
  forecast: z.number().nullable(),
  actual: z.number().nullable(),
  forecastImprovement: z.number().nullable(),
  actualImprovement: z.number().nullable(),
  forecastBenefit: moneySchema.nullable(),
  realisedBenefit: moneySchema.nullable(),
  missingReturn: z.boolean(),
});
export type SeriesPeriod = z.infer<typeof seriesPeriodSchema>;

export const benefitFromGrowthSchema = z.object({
  realisedBenefitToDate: moneySchema,
  fromAssumedGrowth: moneySchema,
  fromChangeAgainstBaseline: moneySchema,
});
export type BenefitFromGrowthSplit = z.infer<typeof benefitFromGrowthSchema>;

export const metricSeriesSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  businessCase: businessCaseRefSchema,
  metric: metricDefinitionSchema,
  rag: ragSchema,
  achievement: z.number().nullable(),
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  periods: z.array(seriesPeriodSchema),
  /** XmR chart of the actuals to date; null with fewer than two (or, for a yearly metric, fewer
   * than two years before the programme). */
  spc: spcSchema.nullable(),
  /**
   * The realised benefit to date in two parts (core benefitFromGrowth): from the counterfactual's
   * assumed growth alone, p(baseline − cf), and from the actuals against the baseline,
   * p(x − baseline), each monetised as the benefit is. Null for a metric that is not monetised.
   */
  benefitFromGrowth: benefitFromGrowthSchema.nullable(),
  /** The chart shows special-cause concern while a benefit is booked, partly from growth. */
  spcAndMoneyDisagree: z.boolean(),
});
export type MetricSeries = z.infer<typeof metricSeriesSchema>;

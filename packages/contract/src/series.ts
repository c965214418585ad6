import { z } from 'zod';
import { moneySchema, ragSchema } from './common.js';
import { metricDefinitionSchema } from './programme.js';
import { spcSchema } from './spc.js';

export const seriesPeriodSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  counterfactual: z.number(),
  forecast: z.number().nullable(),
  actual: z.number().nullable(),
  forecastImprovement: z.number().nullable(),
  actualImprovement: z.number().nullable(),
  forecastBenefit: moneySchema.nullable(),
  realisedBenefit: moneySchema.nullable(),
  missingReturn: z.boolean(),
});
export type SeriesPeriod = z.infer<typeof seriesPeriodSchema>;

export const metricSeriesSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  metric: metricDefinitionSchema,
  rag: ragSchema,
  achievement: z.number().nullable(),
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
  periods: z.array(seriesPeriodSchema),
  /** XmR chart of the actuals to date; null with fewer than two. */
  spc: spcSchema.nullable(),
});
export type MetricSeries = z.infer<typeof metricSeriesSchema>;

// The board summary: every metric's latest value, forecast, SPC icons and latest commentary.
import { z } from 'zod';
import { frequencySchema, moneySchema, polaritySchema, ragSchema } from './common.js';
import { spcAssuranceSchema, spcVariationSchema } from './spc.js';
import { latestActualSchema } from './summary.js';

export const boardMetricSchema = z.object({
  id: z.string(),
  name: z.string(),
  strandId: z.string(),
  strandName: z.string(),
  outcomeName: z.string(),
  unit: z.string(),
  frequency: frequencySchema,
  polarity: polaritySchema,
  rag: ragSchema,
  achievement: z.number().nullable(),
  latestActual: latestActualSchema,
  /** The forecast for the latest actual's period (the assurance target); null when none. */
  forecast: z.number().nullable(),
  /** Null with fewer than two actuals (no limits). */
  variation: spcVariationSchema.nullable(),
  assurance: spcAssuranceSchema.nullable(),
  /** True when the latest limits are trial limits; null without limits. */
  trialLimits: z.boolean().nullable(),
  /**
   * After a sustained shift: the first period of the shift, where the limits should be
   * recalculated (the assurance icon is judged on the process since then).
   */
  recalculateLimitsFrom: z.object({ periodStart: z.string(), label: z.string() }).nullable(),
  /**
   * Set when the chart shows special-cause concern while a benefit is booked as realised against a
   * growing counterfactual: the realised benefit to date and the part of it from growth alone.
   */
  spcMoneyDisagreement: z
    .object({ realisedBenefitToDate: moneySchema, fromAssumedGrowth: moneySchema })
    .nullable(),
  /** The current commentary of the latest period that has one. */
  latestCommentary: z
    .object({
      periodStart: z.string(),
      label: z.string(),
      /** "What happened", cut at a word to at most 200 characters. */
      excerpt: z.string(),
      authorName: z.string(),
      createdAt: z.string(),
    })
    .nullable(),
});
export type BoardMetric = z.infer<typeof boardMetricSchema>;

export const boardSummarySchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** The strand asked for, or null for every metric of the programme. */
  strandId: z.string().nullable(),
  metrics: z.array(boardMetricSchema),
});
export type BoardSummary = z.infer<typeof boardSummarySchema>;

// Statistical process control of a metric's actuals (NHS "Making Data Count" XmR charts): the
// shapes core's analyseSpc returns, with period labels and the target the assurance used.
import { z } from 'zod';

export const spcRuleSchema = z.enum(['outside-limits', 'trend', 'two-in-three', 'shift']);
export type SpcRule = z.infer<typeof spcRuleSchema>;
export const spcSignalSchema = z.enum(['improvement', 'concern']);
export type SpcSignal = z.infer<typeof spcSignalSchema>;
export const spcVariationSchema = z.enum([
  'common-cause',
  'special-cause-improvement',
  'special-cause-concern',
]);
export type SpcVariation = z.infer<typeof spcVariationSchema>;
export const spcAssuranceSchema = z.enum([
  'consistently-passes',
  'consistently-fails',
  'hit-and-miss',
]);
export type SpcAssurance = z.infer<typeof spcAssuranceSchema>;

const limitFields = {
  mean: z.number(),
  upperLimit: z.number(),
  lowerLimit: z.number(),
  upperTwoSigma: z.number(),
  lowerTwoSigma: z.number(),
};

/** One rebase group: its periods, the baseline its limits were fixed on, and those limits. */
export const spcGroupSchema = z.object({
  from: z.string(),
  to: z.string(),
  limitsFrom: z.string(),
  limitsTo: z.string(),
  baselinePoints: z.number().int(),
  /** Fewer than 12 baseline points: limits on all the group's points, provisional. */
  trial: z.boolean(),
  averageMovingRange: z.number(),
  ...limitFields,
  /** Null for the first group; the recorded reason for a group started by a rebase. */
  rebaseReason: z.string().nullable(),
});
export type SpcGroup = z.infer<typeof spcGroupSchema>;

/** One actual to date, in period order; `periodStart` matches an entry of the series' periods. */
export const spcPointSchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  value: z.number(),
  /** Index into `groups`. */
  group: z.number().int(),
  ...limitFields,
  /** The highest-precedence rule that flags the point; null is common cause. */
  rule: spcRuleSchema.nullable(),
  signal: spcSignalSchema.nullable(),
});
export type SpcPoint = z.infer<typeof spcPointSchema>;

/**
 * The process as it runs now, after a sustained shift (the shift rule) in the latest group: the
 * limits should be recalculated from `shiftFrom`, and until a rebase does it the assurance icon
 * is judged on these limits (Making Data Count: judge against the current process).
 */
export const spcCurrentProcessSchema = z.object({
  shiftFrom: z.string(),
  shiftFromLabel: z.string(),
  /** Improvement: the shift went the better way; concern: the worse way. */
  signal: spcSignalSchema,
  limitsFrom: z.string(),
  limitsTo: z.string(),
  baselinePoints: z.number().int(),
  /** Fewer than 12 points since the shift began: trial limits on all of them. */
  trial: z.boolean(),
  averageMovingRange: z.number(),
  ...limitFields,
});
export type SpcCurrentProcess = z.infer<typeof spcCurrentProcessSchema>;

export const spcSchema = z.object({
  /** values: the returned figures; increments: a cumulative metric's per-period increments. */
  measure: z.enum(['values', 'increments']),
  /** Points in a row that make a shift or a trend: the programme's setting, 6 or 7. */
  runLength: z.number().int(),
  // The latest group's limits: the ones the chart and the variation icon judge by.
  ...limitFields,
  limitsFrom: z.string(),
  limitsTo: z.string(),
  trial: z.boolean(),
  groups: z.array(spcGroupSchema),
  /** The last point's variation icon. */
  variation: spcVariationSchema,
  /** Non-null after a sustained shift: "limits should be recalculated" from its start. */
  currentProcess: spcCurrentProcessSchema.nullable(),
  /**
   * Null without a target (no forecast for the latest actual's period). Judged on the current
   * process's limits where there is one, else on the latest group's.
   */
  assurance: spcAssuranceSchema.nullable(),
  /**
   * The target assurance was judged against: the forecast for the latest actual's period (for a
   * cumulative metric, the forecast's increment in that period).
   */
  target: z.object({ periodStart: z.string(), label: z.string(), value: z.number() }).nullable(),
  points: z.array(spcPointSchema),
});
export type Spc = z.infer<typeof spcSchema>;

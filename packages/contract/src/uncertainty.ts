// Uncertainty (issue 18): switching values and a seeded Monte Carlo run of the business case's
// net present value. Money in pounds rounded to pence; input values on each input's own scale
// (a multiplier, a shift as a fraction, or the discount rate itself).
import { z } from 'zod';
import { asOfQuerySchema, isoDateSchema, moneySchema } from './common.js';
import { exportFormatSchema } from './finance.js';

export const UNCERTAINTY_MAX_DRAWS = 100_000;

export const uncertaintyQuerySchema = asOfQuerySchema.extend({
  seed: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(4294967295, 'must be at most 4294967295')
    .optional(),
  draws: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .max(UNCERTAINTY_MAX_DRAWS, `must be at most ${UNCERTAINTY_MAX_DRAWS}`)
    .optional(),
  format: exportFormatSchema.default('json'),
});
export type UncertaintyQuery = z.infer<typeof uncertaintyQuerySchema>;

export const uncertainInputKeySchema = z.enum([
  'growth',
  'attribution',
  'optimismBias',
  'unitCosts',
  'discountRate',
  'dropOff',
]);

export const distributionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('triangular'), min: z.number(), mode: z.number(), max: z.number() }),
  z.object({ type: z.literal('uniform'), min: z.number(), max: z.number() }),
]);

export const uncertainInputSchema = z.object({
  key: uncertainInputKeySchema,
  label: z.string(),
  move: z.enum(['multiplier', 'shift', 'value']),
  meaning: z.string(),
  distribution: distributionSchema,
});

export const switchingValueSchema = z.object({
  key: uncertainInputKeySchema,
  label: z.string(),
  move: z.enum(['multiplier', 'shift', 'value']),
  central: z.number(),
  /** null: NPV keeps its sign across the whole search range. */
  switchingValue: z.number().nullable(),
  change: z.number().nullable(),
  method: z.enum(['closed-form', 'bisection']),
});
export type SwitchingValueRow = z.infer<typeof switchingValueSchema>;

export const histogramBinSchema = z.object({
  from: moneySchema,
  to: moneySchema,
  count: z.number().int(),
});

export const uncertaintySchema = z.object({
  programmeId: z.string(),
  asOf: isoDateSchema,
  discountRate: z.number(),
  /**
   * The business case NPV of the full evaluation (finance returns), with each metric's lag,
   * persistence and drop-off (the returns' persistence block): the business case's own NPV
   * when no metric has a profile.
   */
  netPresentValue: moneySchema,
  inputs: z.array(uncertainInputSchema),
  switchingValues: z.array(switchingValueSchema),
  monteCarlo: z.object({
    seed: z.number().int(),
    draws: z.number().int(),
    central: moneySchema,
    p10: moneySchema,
    p50: moneySchema,
    p90: moneySchema,
    mean: moneySchema,
    min: moneySchema,
    max: moneySchema,
    shareBelowZero: z.number(),
    histogram: z.array(histogramBinSchema),
    /** Wall-clock time of the run in its worker, milliseconds. */
    elapsedMs: z.number(),
  }),
});
export type Uncertainty = z.infer<typeof uncertaintySchema>;

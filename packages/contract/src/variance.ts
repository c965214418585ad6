// The variance view: the gap to forecast and the bridge (waterfall) that explains it, for the
// programme (by strand) or one strand (by metric); and the board pack's generated narrative.
import { z } from 'zod';
import { isoDateSchema, moneySchema, ragSchema } from './common.js';

/** The bridge's money, in pounds rounded to pence (computed at full precision, rounded once). */
export const bridgeMoneySchema = z.object({
  /** Forecast benefit of every ended period that has a forecast. */
  forecastAllEnded: moneySchema,
  /** Minus the forecast benefit of the periods with a missing return. */
  missingReturns: moneySchema,
  /** Realised − forecast benefit over the periods with a return (demand avoided × unit value). */
  volume: moneySchema,
  /** Always 0 for now: `unitCostNote` says why. */
  unitCost: moneySchema,
  realised: moneySchema,
  /** Forecast benefit of the periods with a return: the headline's forecast benefit to date. */
  forecastComparable: moneySchema,
  /** realised − forecastComparable: the headline gap to forecast, negative when behind. */
  gap: moneySchema,
});
export type BridgeMoney = z.infer<typeof bridgeMoneySchema>;

/** The same steps in the metric's own unit of improvement (demand avoided, lower-is-better). */
export const bridgeUnitsSchema = z.object({
  forecastAllEnded: z.number(),
  missingReturns: z.number(),
  volume: z.number(),
  actual: z.number(),
  forecastComparable: z.number(),
});
export type BridgeUnits = z.infer<typeof bridgeUnitsSchema>;

export const waterfallBarSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** total: a level drawn from zero; step: a change; rounding: closes the rounded steps. */
  kind: z.enum(['total', 'step', 'rounding']),
  /** The bar's value: a total's level or a step's change, in pounds to the penny. */
  value: moneySchema,
  /** Where the bar starts and ends on the money axis (pounds to the penny). */
  from: moneySchema,
  to: moneySchema,
});
export type WaterfallBar = z.infer<typeof waterfallBarSchema>;

export const varianceRowSchema = z.object({
  /** A strand's id (programme view) or a metric's id (strand view). */
  id: z.string(),
  name: z.string(),
  /** The metric's unit; null for a strand (units of different metrics do not add up). */
  unit: z.string().nullable(),
  /** False for a metric without a unit cost or a strand without a monetised metric. */
  monetised: z.boolean(),
  money: bridgeMoneySchema,
  /** Metrics only. */
  units: bridgeUnitsSchema.nullable(),
  missingReturnCount: z.number().int(),
});
export type VarianceRow = z.infer<typeof varianceRowSchema>;

export const varianceSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** Null for the whole programme (rows are strands); a strand's id (rows are its metrics). */
  strandId: z.string().nullable(),
  name: z.string(),
  money: bridgeMoneySchema,
  missingReturnCount: z.number().int(),
  /** The waterfall, start to end, already rounded; a "Rounding" bar when needed. */
  bars: z.array(waterfallBarSchema),
  rows: z.array(varianceRowSchema),
  /** Why the unit-cost step is what it is, in words. */
  unitCostNote: z.string(),
});
export type Variance = z.infer<typeof varianceSchema>;

export const varianceQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  strandId: z.string().min(1).max(200).optional(),
});

export const boardNarrativeQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  /** The previous meeting; default two months before asOf. */
  since: isoDateSchema.optional(),
});

export const ragMovementSchema = z.object({
  kind: z.enum(['programme', 'strand', 'metric']),
  id: z.string(),
  name: z.string(),
  before: ragSchema,
  after: ragSchema,
});

export const gapItemSchema = z.object({
  kind: z.enum(['strand', 'metric']),
  id: z.string(),
  name: z.string(),
  gap: moneySchema,
  forecastBenefitToDate: moneySchema,
  realisedBenefitToDate: moneySchema,
});

export const boardNarrativeSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  since: z.string(),
  /** Plain sentences, in reading order, built from the figures below. */
  sentences: z.array(z.string()),
  realisedBenefitThen: moneySchema,
  realisedBenefitNow: moneySchema,
  realisedChange: moneySchema,
  gapNow: moneySchema,
  ragChanges: z.array(ragMovementSchema),
  largestStrandGaps: z.array(gapItemSchema),
  largestMetricGaps: z.array(gapItemSchema),
  /** Ended periods with no figure, as the returns-due page counts them. */
  overdueReturns: z.number().int(),
});
export type BoardNarrative = z.infer<typeof boardNarrativeSchema>;

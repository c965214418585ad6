// Comparing places on a shared indicator (issue 20): the indicators a user can compare, and one
// indicator's places with their ratios, ranks and funnel-plot position.
import { z } from 'zod';
import { metricKindSchema, polaritySchema, ragSchema } from './common.js';
import { spcVariationSchema } from './spc.js';

export const indicatorCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'must be an indicator code such as "NI-032"');

export const comparisonIndicatorSchema = z.object({
  code: indicatorCodeSchema,
  /** The name the first place gives its metric. */
  name: z.string(),
  unit: z.string(),
  /** Places the user may see that opted in and carry the code. */
  places: z.number().int(),
});
export const comparisonIndicatorListSchema = z.object({
  indicators: z.array(comparisonIndicatorSchema),
});
export type ComparisonIndicator = z.infer<typeof comparisonIndicatorSchema>;

export const funnelPositionSchema = z.enum([
  'within',
  'above-95',
  'above-99.8',
  'below-95',
  'below-99.8',
  'no-data',
]);
export type FunnelPositionDto = z.infer<typeof funnelPositionSchema>;

const limitsSchema = z.object({
  lower95: z.number(),
  upper95: z.number(),
  lower998: z.number(),
  upper998: z.number(),
});

export const comparisonPlaceSchema = z.object({
  programmeId: z.string(),
  programmeName: z.string(),
  place: z.string(),
  illustrative: z.boolean(),
  metricId: z.string(),
  metricName: z.string(),
  population: z.number().int().nullable(),
  achievement: z.number().nullable(),
  rag: ragSchema,
  /** Σ actual improvement over the periods to date with a forecast and an actual (units). */
  demandAvoidedToDate: z.number(),
  demandAvoidedPer10k: z.number().nullable(),
  /** The strand holding the metric: realised benefit and costs to date, in pounds. */
  strandRealisedBenefitToDate: z.number(),
  strandCostToDate: z.number(),
  benefitPerPound: z.number().nullable(),
  ranks: z.object({
    achievement: z.number().int().nullable(),
    demandAvoidedPer10k: z.number().int().nullable(),
    benefitPerPound: z.number().int().nullable(),
  }),
  funnel: z.object({
    /** The place's rate per 10,000 (a year, for a flow metric), or null without one. */
    value: z.number().nullable(),
    /** Person-years (flow) or population (stock) the value rests on. */
    exposure: z.number().nullable(),
    /** Events (flow) or the latest count (stock) the value rests on. */
    events: z.number().nullable(),
    limits: limitsSchema.nullable(),
    position: funnelPositionSchema,
  }),
  /** The latest point's variation on the place's own SPC chart; null with too few points. */
  spcVariation: spcVariationSchema.nullable(),
});
export type ComparisonPlaceDto = z.infer<typeof comparisonPlaceSchema>;

export const comparisonSchema = z.object({
  code: indicatorCodeSchema,
  name: z.string(),
  unit: z.string(),
  kind: metricKindSchema,
  /** Which way is better for the first place's metric (the SPC icons' arrows). */
  polarity: polaritySchema,
  asOf: z.string(),
  /** Pooled rate per 10,000 that the funnel is drawn around; null with no exposure. */
  target: z.number().nullable(),
  /** What the funnel's value is, in words (for the page and the table caption). */
  measure: z.string(),
  /** The funnel's limits at exposures across the places' range, for drawing it. */
  funnelCurve: z.array(limitsSchema.extend({ exposure: z.number() })),
  /** Ranked by achievement (best first; places with none last). */
  places: z.array(comparisonPlaceSchema),
});
export type ComparisonDto = z.infer<typeof comparisonSchema>;

import { z } from 'zod';
import { frequencySchema, metricKindSchema, polaritySchema } from './common.js';

export const programmeListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  place: z.string(),
  illustrative: z.boolean(),
});
export const programmeListSchema = z.array(programmeListItemSchema);
export type ProgrammeListItem = z.infer<typeof programmeListItemSchema>;

export const partnerSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  /** local: the partnership controls it; national (DWP, criminal justice): never in the pot. */
  budget: z.enum(['local', 'national']),
});
export const outcomeSchema = z.object({ id: z.string(), name: z.string() });
export const strandDefinitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  sponsorPartnerId: z.string(),
  description: z.string().nullable(),
});

export const programmeDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  place: z.string(),
  description: z.string().nullable(),
  illustrative: z.boolean(),
  firstFinancialYear: z.string(),
  years: z.number().int(),
  priceBaseYear: z.string(),
  discountRate: z.number(),
  ragThresholds: z.object({ green: z.number(), amber: z.number() }),
  reinvestmentShare: z.number(),
  optimismBias: z.record(z.string(), z.number()),
  partners: z.array(partnerSchema),
  outcomes: z.array(outcomeSchema),
  strands: z.array(strandDefinitionSchema),
});
export type ProgrammeDetail = z.infer<typeof programmeDetailSchema>;

export const metricDefinitionSchema = z.object({
  id: z.string(),
  strandId: z.string(),
  outcomeId: z.string(),
  outcomeName: z.string(),
  name: z.string(),
  unit: z.string(),
  frequency: frequencySchema,
  polarity: polaritySchema,
  kind: metricKindSchema,
  /** A running total: its SPC chart is of the per-period increments. */
  cumulative: z.boolean(),
  ownerPartnerId: z.string(),
  unitCostId: z.string().nullable(),
  /** The unit cost's name, for display (an id is never shown to users). */
  unitCostName: z.string().nullable(),
  attribution: z.number(),
  source: z.string(),
  /** The first day from which no figures are due (issue 17), or null while it is in use. */
  retiredFrom: z.string().nullable(),
  baseline: z.object({
    value: z.number(),
    annualGrowth: z.number(),
    measuredFrom: z.string().nullable(),
    measuredTo: z.string().nullable(),
    note: z.string().nullable(),
    /** The pack's growth_from, or null (the programme's first day). */
    growthFrom: z.string().nullable(),
  }),
  /** Where the counterfactual's growth is counted from: k = 0 in this financial year. */
  counterfactualAnchor: z.object({
    date: z.string(),
    financialYear: z.string(),
    source: z.enum(['baseline', 'programme-start']),
    /** Years of growth between the baseline's measurement and the anchor left uncounted. */
    uncountedGrowthYears: z.number().int(),
  }),
  /**
   * A comparison series the counterfactual is taken from instead of growth (difference in
   * differences: cf = baseline × comparator / baseLevel), or null when it grows the baseline.
   */
  comparator: z
    .object({
      /** Whose series it is, e.g. "England". */
      name: z.string(),
      /** Where its figures come from. */
      source: z.string(),
      /** Its mean over the baseline's measurement period, which each period's value is set against. */
      baseLevel: z.number(),
    })
    .nullable(),
});
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;

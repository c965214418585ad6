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

export const partnerSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });
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
  ownerPartnerId: z.string(),
  unitCostId: z.string().nullable(),
  /** The unit cost's name, so pages never show its id alone. */
  unitCostName: z.string().nullable(),
  attribution: z.number(),
  source: z.string(),
  baseline: z.object({
    value: z.number(),
    annualGrowth: z.number(),
    measuredFrom: z.string().nullable(),
    measuredTo: z.string().nullable(),
    note: z.string().nullable(),
  }),
});
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;

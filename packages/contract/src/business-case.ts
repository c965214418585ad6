// Business case versions (issue #17): the numbered versions of a programme's forecasts, costs and
// unit costs, the decisions that put one in force from a date, and two versions compared.
import { z } from 'zod';
import { isoDateSchema, moneySchema } from './common.js';

/** Which business-case version a headline is judged against; null: the programme has none. */
export const businessCaseRefSchema = z
  .object({ version: z.number().int().min(1), name: z.string() })
  .nullable();
export type BusinessCaseRef = z.infer<typeof businessCaseRefSchema>;

export const businessCaseVersionSchema = z.object({
  version: z.number().int(),
  name: z.string(),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type BusinessCaseVersion = z.infer<typeof businessCaseVersionSchema>;

export const inForceDecisionSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});
export type InForceDecisionView = z.infer<typeof inForceDecisionSchema>;

export const businessCaseVersionsSchema = z.object({
  programmeId: z.string(),
  /** The version in force at `asOf`. */
  asOf: z.string(),
  inForce: businessCaseRefSchema,
  versions: z.array(businessCaseVersionSchema),
  /** Every decision, in the order they take effect. */
  decisions: z.array(inForceDecisionSchema),
});
export type BusinessCaseVersions = z.infer<typeof businessCaseVersionsSchema>;

export const IN_FORCE_REASON_MAX_LENGTH = 2000;

export const inForceBodySchema = z.object({
  version: z.number().int().min(1),
  effectiveFrom: isoDateSchema,
  reason: z
    .string()
    .trim()
    .max(IN_FORCE_REASON_MAX_LENGTH)
    .min(1, 'must give the reason this version is in force'),
});
export type InForceBody = z.input<typeof inForceBodySchema>;

export const compareVersionsQuerySchema = z.object({
  a: z.coerce.number().int().min(1),
  b: z.coerce.number().int().min(1),
  format: z.enum(['json', 'csv']).default('json'),
});

const versionFiguresSchema = z.object({
  forecastBenefit: moneySchema,
  forecastCost: moneySchema,
  net: moneySchema,
});

export const versionComparisonSchema = z.object({
  programmeId: z.string(),
  a: z.object({ version: z.number().int(), name: z.string() }),
  b: z.object({ version: z.number().int(), name: z.string() }),
  totals: z.object({
    a: versionFiguresSchema,
    b: versionFiguresSchema,
    difference: versionFiguresSchema,
  }),
  strands: z.array(
    z.object({
      strandId: z.string(),
      name: z.string(),
      a: versionFiguresSchema,
      b: versionFiguresSchema,
      difference: versionFiguresSchema,
      metrics: z.array(
        z.object({
          metricId: z.string(),
          name: z.string(),
          a: moneySchema.nullable(),
          b: moneySchema.nullable(),
          difference: moneySchema.nullable(),
        }),
      ),
    }),
  ),
  changes: z.array(
    z.object({
      kind: z.enum(['forecast', 'cost', 'unit-cost']),
      strandId: z.string().nullable(),
      item: z.string(),
      field: z.string(),
      a: z.union([z.number(), z.string()]).nullable(),
      b: z.union([z.number(), z.string()]).nullable(),
    }),
  ),
});
export type VersionComparisonView = z.infer<typeof versionComparisonSchema>;

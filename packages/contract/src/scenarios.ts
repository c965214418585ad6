// Scenarios on the finance view (issue 5): what-if changes to unit costs, optimism bias, the
// discount rate, growth, attribution and persistence, compared side by side with the base case.
// Money is in pounds, rounded to pence.
import { z } from 'zod';
import { moneySchema } from './common.js';

const rateSchema = z
  .number({ error: 'must be a number' })
  .min(0, 'must be 0 or more')
  .lt(1, 'must be less than 1 (a fraction: 0.1 is 10%)');

export const scenarioRequestSchema = z.strictObject(
  {
    unitCostChanges: z
      .array(
        z.strictObject({
          unitCostId: z.string({ error: 'must be a unit cost id, or * for all' }).min(1).max(200),
          percent: z
            .number({ error: 'must be a number' })
            .gt(-100, 'must be greater than -100 (a unit cost cannot fall to zero)')
            .max(1000, 'must be at most 1000'),
        }),
      )
      .max(500)
      .optional(),
    optimismBias: z
      .strictObject(
        {
          '1': rateSchema.optional(),
          '2': rateSchema.optional(),
          '3': rateSchema.optional(),
          '4': rateSchema.optional(),
          '5': rateSchema.optional(),
          '6': rateSchema.optional(),
        },
        { error: 'must give corrections for confidence grades 1 to 6 only' },
      )
      .optional(),
    discountRate: rateSchema.optional(),
    growthChange: z
      .number({ error: 'must be a number' })
      .min(-0.5, 'must be -0.5 or more (a fraction: 0.01 is one percentage point)')
      .max(0.5, 'must be at most 0.5 (a fraction: 0.01 is one percentage point)')
      .optional(),
    attributionPercent: z
      .number({ error: 'must be a number' })
      .gt(-100, 'must be greater than -100')
      .max(1000, 'must be at most 1000')
      .optional(),
    /** Added to every persistence profile's drop-off rate, as a fraction (kept within 0 to 1). */
    dropOffChange: z
      .number({ error: 'must be a number' })
      .min(-1, 'must be -1 or more (a fraction: 0.1 is ten percentage points)')
      .max(1, 'must be at most 1 (a fraction: 0.1 is ten percentage points)')
      .optional(),
    /** Whole years added to every persistence profile (never below one year). */
    persistenceYearsChange: z
      .number({ error: 'must be a whole number of years' })
      .int('must be a whole number of years')
      .min(-30, 'must be -30 or more')
      .max(30, 'must be at most 30')
      .optional(),
  },
  {
    error:
      'may hold only unitCostChanges, optimismBias, discountRate, growthChange, ' +
      'attributionPercent, dropOffChange and persistenceYearsChange',
  },
);
export type ScenarioRequest = z.infer<typeof scenarioRequestSchema>;

export const scenarioFigureSchema = z.object({
  key: z.string(),
  kind: z.enum(['money', 'ratio']),
  base: z.number().nullable(),
  scenario: z.number().nullable(),
  change: z.number().nullable(),
});
export type ScenarioFigure = z.infer<typeof scenarioFigureSchema>;

const sideBySide = z.object({ base: moneySchema, scenario: moneySchema, change: moneySchema });
const paybackPair = z.object({ base: z.string().nullable(), scenario: z.string().nullable() });

export const scenarioComparisonSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** The overrides as applied (nothing is stored). */
  overrides: scenarioRequestSchema,
  discountRate: z.object({ base: z.number(), scenario: z.number() }),
  figures: z.array(scenarioFigureSchema),
  paybackYear: z.object({
    businessCase: paybackPair,
    businessCaseDiscounted: paybackPair,
    realisedToDate: paybackPair,
  }),
  strands: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      realisedBenefitToDate: sideBySide,
      forecastBenefitWholeCase: sideBySide,
    }),
  ),
});
export type ScenarioComparison = z.infer<typeof scenarioComparisonSchema>;

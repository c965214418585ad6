// The business case with each metric's lag, persistence and drop-off (issue 18; the GMCA CBA
// model's profile): part of the returns answer. Money in pounds rounded to pence; ratios
// unrounded. With no profile anywhere, the NPV and ROI are the business case's own.
import { z } from 'zod';
import { moneySchema } from './common.js';

const persistenceFiguresShape = {
  /** The value in the years it is achieved: today's whole-case forecast benefit. */
  firstYearValue: moneySchema,
  /** Value realised within the programme's years, with the profile. */
  withinProgramme: moneySchema,
  /** Value realised after the programme's last year, shown apart. */
  afterProgramme: moneySchema,
  presentValueWithoutPersistence: moneySchema,
  presentValue: moneySchema,
};

export const persistenceProfileSchema = z.object({
  lagYears: z.number().int(),
  persistenceYears: z.number().int(),
  dropOffRate: z.number(),
  source: z.string().nullable(),
});

export const metricPersistenceSchema = z.object({
  metricId: z.string(),
  name: z.string(),
  strandId: z.string(),
  profile: persistenceProfileSchema,
  ...persistenceFiguresShape,
});
export type MetricPersistence = z.infer<typeof metricPersistenceSchema>;

export const persistenceYearSchema = z.object({
  financialYear: z.string(),
  yearIndex: z.number().int(),
  afterProgramme: z.boolean(),
  benefitAsAchieved: moneySchema,
  benefitWithPersistence: moneySchema,
});

export const persistenceBlockSchema = z.object({
  /** Value realised after this year is "after the programme". */
  lastProgrammeYear: z.string(),
  /** Metrics with a profile only. */
  metrics: z.array(metricPersistenceSchema),
  programme: z.object({
    ...persistenceFiguresShape,
    presentValueCost: moneySchema,
    netPresentValueWithoutPersistence: moneySchema,
    netPresentValue: moneySchema,
    discountedReturnOnInvestment: z.number().nullable(),
  }),
  years: z.array(persistenceYearSchema),
});
export type PersistenceBlock = z.infer<typeof persistenceBlockSchema>;

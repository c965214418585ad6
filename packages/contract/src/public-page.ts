// A programme's public transparency page (issue 20): headline figures only, counts suppressed
// under the threshold, commentary only where its writer marked it public (and never the writer's
// name), and no personal data.
import { z } from 'zod';
import { moneySchema, ragSchema } from './common.js';

export const suppressedCountSchema = z.object({
  /** Null when suppressed. */
  value: z.number().nullable(),
  suppressed: z.enum(['primary', 'secondary']).nullable(),
  /** What to show: the count, "fewer than 10", or why it is hidden. */
  display: z.string(),
});

export const publicMetricSchema = z.object({
  name: z.string(),
  unit: z.string(),
  achievement: z.number().nullable(),
  rag: ragSchema,
  /** The latest periods' returned counts (up to a year), oldest first, suppressed. */
  recent: z.array(z.object({ label: z.string(), count: suppressedCountSchema })),
  /** Their sum (flow metrics only; null for a stock metric, whose counts do not add up). */
  recentTotal: suppressedCountSchema.nullable(),
  /**
   * The latest period's story whose current revision is marked public (periods ended by asOf);
   * null when there is none. Without the author's name: a public page holds no personal data.
   */
  story: z
    .object({
      label: z.string(),
      whatHappened: z.string(),
      whatHelps: z.string().nullable(),
      whatHurts: z.string().nullable(),
      whatNext: z.string().nullable(),
    })
    .nullable(),
});

export const publicStrandSchema = z.object({
  name: z.string(),
  rag: ragSchema,
  achievement: z.number().nullable(),
  realisedBenefitToDate: moneySchema,
  costToDate: moneySchema,
  metrics: z.array(publicMetricSchema),
});

export const publicPageSchema = z.object({
  slug: z.string(),
  name: z.string(),
  place: z.string(),
  description: z.string().nullable(),
  illustrative: z.boolean(),
  asOf: z.string(),
  suppressionThreshold: z.number().int(),
  totals: z.object({
    rag: ragSchema,
    achievement: z.number().nullable(),
    realisedBenefitToDate: moneySchema,
    costToDate: moneySchema,
  }),
  strands: z.array(publicStrandSchema),
});
export type PublicPageDto = z.infer<typeof publicPageSchema>;
export type PublicStrandDto = z.infer<typeof publicStrandSchema>;
export type PublicMetricDto = z.infer<typeof publicMetricSchema>;
export type SuppressedCountDto = z.infer<typeof suppressedCountSchema>;

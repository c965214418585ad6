// The sponsor's "story behind the curve" for a metric and period (Results-Based Accountability),
// kept as revisions: a later entry for the same period is a new revision, never an overwrite.
import { z } from 'zod';
import { isoDateSchema } from './common.js';

export const COMMENTARY_MAX_LENGTH = 2000;

const storyText = z.string().trim().max(COMMENTARY_MAX_LENGTH);
/** Optional parts of the story: blank is the same as absent. */
const optionalStoryText = storyText.optional().transform((s) => (s ? s : null));

export const commentaryBodySchema = z.object({
  periodStart: isoDateSchema,
  whatHappened: storyText.min(1, 'must say what happened'),
  whatHelps: optionalStoryText,
  whatHurts: optionalStoryText,
  whatNext: optionalStoryText,
  /**
   * The revision the writer started from (0: none). When another revision has been saved since,
   * the API answers 409 and writes nothing, so no one's words are silently replaced.
   */
  replacesRevision: z.number().int().min(0).optional(),
  /**
   * The writer marks this revision for the programme's public page (shown there without the
   * author's name, and only when the programme publishes one). Absent: not public.
   */
  public: z.boolean().default(false),
});
export type CommentaryBody = z.input<typeof commentaryBodySchema>;

export const authorSchema = z.object({ userId: z.number().int().nullable(), name: z.string() });

export const commentaryRevisionSchema = z.object({
  id: z.number().int(),
  revision: z.number().int(),
  whatHappened: z.string(),
  whatHelps: z.string().nullable(),
  whatHurts: z.string().nullable(),
  whatNext: z.string().nullable(),
  author: authorSchema,
  /** ISO timestamp. */
  createdAt: z.string(),
  /** Marked for the programme's public page. */
  public: z.boolean(),
});
export type CommentaryRevision = z.infer<typeof commentaryRevisionSchema>;

export const commentaryEntrySchema = z.object({
  periodStart: z.string(),
  label: z.string(),
  /** The latest revision. */
  current: commentaryRevisionSchema,
  /** Every revision, newest first (the first is `current`). */
  revisions: z.array(commentaryRevisionSchema),
});
export type CommentaryEntry = z.infer<typeof commentaryEntrySchema>;

export const metricCommentarySchema = z.object({
  programmeId: z.string(),
  metricId: z.string(),
  asOf: z.string(),
  /** One entry per period that has ended by `asOf`, in period order. */
  entries: z.array(commentaryEntrySchema),
});
export type MetricCommentary = z.infer<typeof metricCommentarySchema>;

export const REBASE_REASON_MAX_LENGTH = 500;

export const rebaseBodySchema = z.object({
  periodStart: isoDateSchema,
  reason: z.string().trim().max(REBASE_REASON_MAX_LENGTH).min(1, 'must give the reason'),
  /** 'withdraw' takes back the rebase recorded at the period. */
  action: z.enum(['rebase', 'withdraw']).default('rebase'),
});
export type RebaseBody = z.input<typeof rebaseBodySchema>;

export const spcRebaseSchema = z.object({
  id: z.number().int(),
  periodStart: z.string(),
  label: z.string(),
  action: z.enum(['rebase', 'withdraw']),
  reason: z.string(),
  author: authorSchema,
  createdAt: z.string(),
});
export type SpcRebase = z.infer<typeof spcRebaseSchema>;

export const metricRebasesSchema = z.object({
  programmeId: z.string(),
  metricId: z.string(),
  /** The rebases that stand, in period order: limits start again at each. */
  standing: z.array(spcRebaseSchema),
  /** Every rebase and withdrawal, oldest first. */
  history: z.array(spcRebaseSchema),
});
export type MetricRebases = z.infer<typeof metricRebasesSchema>;

// Quarterly returns: uploads and entered figures, their rows and errors, revisions of a figure,
// what each partner still owes, and the submission history.
import { z } from 'zod';
import { frequencySchema, isoDateSchema } from './common.js';

/** The largest file an upload may carry: 5 MB (5 × 1024 × 1024 bytes). */
export const SUBMISSION_MAX_BYTES = 5 * 1024 * 1024;
/** The columns of an upload, in the order templates give them (any order is accepted). */
export const SUBMISSION_COLUMNS = ['metric_id', 'period_start', 'value', 'note'] as const;
/**
 * Columns the templates add beside the id so a person can see what each row asks for (the
 * metric's name and unit, the period, the last figure returned). Uploads may keep them; they are
 * read as guidance only and never stored.
 */
export const SUBMISSION_GUIDE_COLUMNS = ['metric', 'unit', 'period', 'last_value'] as const;
export const SUBMISSION_NOTE_MAX_LENGTH = 1000;

/**
 * One thing wrong with an upload. `row` is the row as the user sees it in the spreadsheet (the
 * header is row 1) or the position of an entered figure; null for the file as a whole. `column`
 * is the column's name; null when the problem is not about one column.
 */
export const submissionErrorSchema = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  /** The cell as read (dates as YYYY-MM-DD); null when there is none. */
  value: z.string().nullable(),
  message: z.string(),
});
export type SubmissionError = z.infer<typeof submissionErrorSchema>;

/** A figure that may be wrong: shown to the user, who confirms or corrects it. */
export const plausibilityWarningSchema = z.object({
  row: z.number().int(),
  metricId: z.string(),
  metricName: z.string(),
  periodStart: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  /** 'change': more than 50% away from the previous period; 'spc': outside the process limits. */
  kind: z.enum(['change', 'spc']),
  message: z.string(),
});
export type PlausibilityWarning = z.infer<typeof plausibilityWarningSchema>;

/** What the upload would do or did. */
export const submissionCountsSchema = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
});
export type SubmissionCounts = z.infer<typeof submissionCountsSchema>;

export const rowOutcomeSchema = z.enum(['created', 'revised', 'unchanged']);
export type RowOutcome = z.infer<typeof rowOutcomeSchema>;

export const submissionRowSchema = z.object({
  row: z.number().int(),
  metricId: z.string(),
  metricName: z.string(),
  periodStart: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  note: z.string().nullable(),
  outcome: rowOutcomeSchema,
  /** The revision written (created, revised) or the current one matched (unchanged). */
  revision: z.number().int(),
  previousValue: z.number().nullable(),
  /** Plausibility warnings the user confirmed. */
  warnings: z.array(z.string()),
});
export type SubmissionRow = z.infer<typeof submissionRowSchema>;

/** A row left with no figure: skipped, and still owed. */
export const skippedFigureSchema = z.object({
  row: z.number().int(),
  metricId: z.string(),
  metricName: z.string(),
  periodStart: z.string(),
  periodLabel: z.string(),
});
export type SkippedFigure = z.infer<typeof skippedFigureSchema>;

/** 201 answer to an upload or an entry. */
export const submissionResultSchema = submissionCountsSchema.extend({
  /** Rows whose value was blank: nothing stored for them, so they stay owed. */
  skipped: z.array(skippedFigureSchema),
  submissionId: z.number().int(),
  /** The warnings the user confirmed (empty when there were none). */
  warnings: z.array(plausibilityWarningSchema),
  rowOutcomes: z.array(submissionRowSchema),
});
export type SubmissionResult = z.infer<typeof submissionResultSchema>;

/** `error.details` of a 422 (or 403, 413) answer to an upload: every problem found. */
export const submissionErrorDetailsSchema = z.object({
  errors: z.array(submissionErrorSchema),
});
export type SubmissionErrorDetails = z.infer<typeof submissionErrorDetailsSchema>;

/** `error.details` of a 409 `confirmation_required` answer: nothing was stored yet. */
export const submissionWarningDetailsSchema = submissionCountsSchema.extend({
  warnings: z.array(plausibilityWarningSchema),
});
export type SubmissionWarningDetails = z.infer<typeof submissionWarningDetailsSchema>;

/** Figures entered in the form: the same checks as an upload's rows. */
export const submissionEntrySchema = z.object({
  metricId: z.string().max(200),
  periodStart: z.string().max(40),
  /** As typed: the server reads it as an upload cell, so both report errors the same way. */
  value: z.string().max(100),
  note: z
    .string()
    .max(SUBMISSION_NOTE_MAX_LENGTH * 2)
    .optional(),
});
export const submissionEntriesBodySchema = z.object({
  entries: z.array(submissionEntrySchema).min(1).max(500),
  /** True once the user has seen and accepted the plausibility warnings. */
  confirm: z.boolean().optional(),
});
export type SubmissionEntriesBody = z.input<typeof submissionEntriesBodySchema>;

export const submissionSourceSchema = z.enum(['pack', 'upload', 'form']);

export const submissionSummarySchema = z.object({
  id: z.number().int(),
  source: submissionSourceSchema,
  /** ISO timestamp. */
  createdAt: z.string(),
  submittedBy: z.object({ userId: z.number().int().nullable(), label: z.string() }),
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  fileName: z.string().nullable(),
  fileType: z.enum(['csv', 'xlsx']).nullable(),
  fileSize: z.number().int().nullable(),
  fileSha256: z.string().nullable(),
  /** The original file can be downloaded. */
  hasFile: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  warnings: z.number().int(),
});
export type SubmissionSummary = z.infer<typeof submissionSummarySchema>;

export const submissionListSchema = z.object({
  programmeId: z.string(),
  submissions: z.array(submissionSummarySchema),
});
export type SubmissionList = z.infer<typeof submissionListSchema>;

export const submissionDetailSchema = z.object({
  programmeId: z.string(),
  submission: submissionSummarySchema,
  rows: z.array(submissionRowSchema),
});
export type SubmissionDetail = z.infer<typeof submissionDetailSchema>;

export const actualRevisionSchema = z.object({
  revision: z.number().int(),
  value: z.number(),
  note: z.string().nullable(),
  /** ISO timestamp. */
  recordedAt: z.string(),
  submissionId: z.number().int(),
  source: submissionSourceSchema,
  fileName: z.string().nullable(),
  submittedBy: z.object({ userId: z.number().int().nullable(), label: z.string() }),
  /** The latest revision: the figure the dashboard uses. */
  current: z.boolean(),
});
export type ActualRevision = z.infer<typeof actualRevisionSchema>;

export const actualRevisionListSchema = z.object({
  programmeId: z.string(),
  metricId: z.string(),
  periodStart: z.string(),
  periodLabel: z.string(),
  /** Oldest first; the last is current. */
  revisions: z.array(actualRevisionSchema),
});
export type ActualRevisionList = z.infer<typeof actualRevisionListSchema>;

export const returnDueSchema = z.object({
  metricId: z.string(),
  metricName: z.string(),
  unit: z.string(),
  frequency: frequencySchema,
  periodStart: z.string(),
  periodLabel: z.string(),
  /** The metric's latest figure as known at asOf, of whichever period (null: none yet). */
  lastValue: z.number().nullable(),
  lastPeriodLabel: z.string().nullable(),
  /** Last day of the period: the figure is owed from the day after. */
  periodEnd: z.string(),
  /** The latest figure of the period before, as known at asOf (beside the input in the form). */
  previousValue: z.number().nullable(),
});
export type ReturnDue = z.infer<typeof returnDueSchema>;

export const partnerReturnsSchema = z.object({
  partnerId: z.string(),
  partnerName: z.string(),
  /** Periods that have ended with no figure, oldest first. */
  overdue: z.array(returnDueSchema),
  /** The period in progress of each metric: owed once it ends. */
  dueNext: z.array(returnDueSchema),
});
export type PartnerReturns = z.infer<typeof partnerReturnsSchema>;

export const returnsDueSchema = z.object({
  programmeId: z.string(),
  asOf: z.string(),
  /** The periods owed: from the programme's first financial year to the end of its horizon. */
  from: z.string(),
  to: z.string(),
  /** Every partner that owns a metric, in programme order. */
  partners: z.array(partnerReturnsSchema),
});
export type ReturnsDue = z.infer<typeof returnsDueSchema>;

export const templateQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  asOf: isoDateSchema.optional(),
});

export const uploadQuerySchema = z.object({
  /** True once the user has seen and accepted the plausibility warnings (or send a form field). */
  confirm: z.enum(['true', 'false']).optional(),
});

/** A figure in the entry form: one metric-period of the chosen quarter. */
export const entryItemSchema = z.object({
  metricId: z.string(),
  metricName: z.string(),
  unit: z.string(),
  frequency: frequencySchema,
  periodStart: z.string(),
  periodLabel: z.string(),
  /** The figure as it stands (entering a different one makes a revision); null when owed. */
  currentValue: z.number().nullable(),
  /** The period before's figure, shown beside the input. */
  previousValue: z.number().nullable(),
  previousLabel: z.string(),
});
export type EntryItem = z.infer<typeof entryItemSchema>;

/** The entry form for one partner and quarter: every figure of its metrics ending in it. */
export const entrySheetSchema = z.object({
  programmeId: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  quarterStart: z.string(),
  quarterLabel: z.string(),
  /** The quarters that can be chosen: the programme's, up to the last that has ended. Newest first. */
  quarters: z.array(z.object({ start: z.string(), label: z.string() })),
  items: z.array(entryItemSchema),
});
export type EntrySheet = z.infer<typeof entrySheetSchema>;

export const entrySheetQuerySchema = z.object({ quarter: isoDateSchema.optional() });

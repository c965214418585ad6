// The business-case workbook: import preview, import result and the problems an import reports.
import * as z from 'zod';

export const workbookProblemSchema = z.object({
  /** Null for a problem with the file as a whole. */
  sheet: z.string().nullable(),
  /** As Excel numbers rows (the header is row 1). */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  /** Such as "C7". */
  cell: z.string().nullable(),
  message: z.string(),
});
export type WorkbookProblem = z.infer<typeof workbookProblemSchema>;

export const workbookRecordKinds = [
  'programme',
  'partners',
  'outcomes',
  'strands',
  'unitCosts',
  'metrics',
  'baselines',
  'forecasts',
  'actuals',
  'costs',
  'deflators',
] as const;

/** At most this many keys are listed per kind and change; the counts are always complete. */
export const WORKBOOK_CHANGE_LIST_LIMIT = 200;

export const workbookKindChangesSchema = z.object({
  kind: z.enum(workbookRecordKinds),
  total: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  addedKeys: z.array(z.string()),
  changedKeys: z.array(z.string()),
  removedKeys: z.array(z.string()),
});
export type WorkbookKindChanges = z.infer<typeof workbookKindChangesSchema>;

export const workbookPreviewSchema = z.object({
  programmeId: z.string(),
  /** sha256 of the file previewed: send it back with the import to store exactly this file. */
  sha256: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  totalChanges: z.number().int(),
  kinds: z.array(workbookKindChangesSchema),
});
export type WorkbookPreview = z.infer<typeof workbookPreviewSchema>;

export const workbookImportResultSchema = workbookPreviewSchema.extend({
  importedAt: z.string(),
});
export type WorkbookImportResult = z.infer<typeof workbookImportResultSchema>;

/** A line of the progress stream (Accept: application/x-ndjson); the last carries the answer. */
export const workbookProgressLineSchema = z.union([
  z.object({ stage: z.string(), done: z.number().int(), total: z.number().int().nullable() }),
  z.object({ status: z.number().int(), body: z.unknown() }),
]);
export type WorkbookProgressLine = z.infer<typeof workbookProgressLineSchema>;

export const WORKBOOK_MAX_BYTES = 10 * 1024 * 1024;

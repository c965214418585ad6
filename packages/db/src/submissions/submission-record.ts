// What the store says about a submission, as the rest of the application reads it.
import type { IsoDate } from '@outcomes/core';

/** What a row did to its figure. */
export type RowOutcome = 'created' | 'revised' | 'unchanged';

/** 'pack': a programme pack's actuals; 'upload': a CSV or XLSX file; 'form': figures entered. */
export type SubmissionSource = 'pack' | 'upload' | 'form';

export interface SubmissionRecord {
  id: number;
  programmeId: string;
  source: SubmissionSource;
  /** ISO timestamp. */
  createdAt: string;
  /** The acting user; null for a pack load. */
  submittedByUserId: number | null;
  /** The user's email as it was then; null for a pack load. */
  submittedBy: string | null;
  partnerId: string | null;
  fileName: string | null;
  fileType: 'csv' | 'xlsx' | null;
  fileSize: number | null;
  fileSha256: string | null;
  /** True when the original file is kept (every upload). */
  hasFile: boolean;
  rows: number;
  created: number;
  revised: number;
  unchanged: number;
  /** Plausibility warnings the user confirmed. */
  warnings: number;
}

export interface SubmissionRowRecord {
  /** As the user saw it: the spreadsheet row (header = 1) or the form entry's position. */
  row: number;
  metricId: string;
  periodStart: IsoDate;
  value: number;
  note: string | null;
  outcome: RowOutcome;
  /** The revision written (created, revised) or the current one matched (unchanged). */
  revision: number;
  /** The figure's value before this row (null when it had none). */
  previousValue: number | null;
  /** Plausibility warnings the user confirmed for this row. */
  warnings: string[];
}

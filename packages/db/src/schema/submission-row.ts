import type { Insertable, Selectable } from 'kysely';

/** One row a submission brought, whatever it did (a created or revised figure, or no change). */
export interface SubmissionRowTable {
  programme_id: string;
  submission_id: number;
  /** As the user saw it: the spreadsheet row (the header is row 1), or the form entry's position. */
  row_number: number;
  metric_id: string;
  period_start: string;
  value: number;
  note: string | null;
  /** 'created' | 'revised' | 'unchanged'. */
  outcome: string;
  /** The revision written (created, revised) or the current one it matched (unchanged). */
  revision: number;
  previous_value: number | null;
  /** JSON array of the plausibility warnings the user confirmed; null when none. */
  warnings: string | null;
}

export type SubmissionRowRow = Selectable<SubmissionRowTable>;
export type NewSubmissionRowRow = Insertable<SubmissionRowTable>;

import type { Generated, Insertable, Selectable } from 'kysely';

/** One upload or entry of figures: the provenance of every actual revision. */
export interface SubmissionTable {
  id: Generated<number>;
  programme_id: string;
  /** 'pack' (the programme pack's actuals) | 'upload' (a CSV or XLSX file) | 'form' (entered). */
  source: string;
  file_name: string | null;
  /** The acting user's id as text (kept for the first schema); see submitted_by_user_id. */
  user_id: string | null;
  /** ISO timestamp. */
  created_at: string;
  row_count: number;
  /** The acting user; null for a pack load. */
  submitted_by_user_id: number | null;
  /** Who, as a person read it then: the user's email, or null for a pack load. */
  submitted_by: string | null;
  /** The partner whose figures these are (a data officer's); null when an admin returned several. */
  partner_id: string | null;
  /** 'csv' | 'xlsx' for an upload; null otherwise. */
  file_type: string | null;
  /** Bytes of the original file. */
  file_size: number | null;
  /** SHA-256 (hex) of the original file. */
  file_sha256: string | null;
  created_count: Generated<number>;
  revised_count: Generated<number>;
  unchanged_count: Generated<number>;
  /** Plausibility warnings the user saw and confirmed. */
  warning_count: Generated<number>;
}

export type SubmissionRow = Selectable<SubmissionTable>;
export type NewSubmissionRow = Insertable<SubmissionTable>;

import type { Generated, Insertable, Selectable } from 'kysely';

/** One upload or entry of figures: the provenance of every actual revision. */
export interface SubmissionTable {
  id: Generated<number>;
  programme_id: string;
  /** 'pack' | 'upload' | ... */
  source: string;
  file_name: string | null;
  user_id: string | null;
  created_at: string;
  row_count: number;
}

export type SubmissionRow = Selectable<SubmissionTable>;
export type NewSubmissionRow = Insertable<SubmissionTable>;

import type { Insertable, Selectable } from 'kysely';

/** The original bytes of an uploaded file, kept with its submission. */
export interface SubmissionFileTable {
  submission_id: number;
  programme_id: string;
  content: Uint8Array;
}

export type SubmissionFileRow = Selectable<SubmissionFileTable>;
export type NewSubmissionFileRow = Insertable<SubmissionFileTable>;

import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * A sponsor's "story behind the curve" for one metric and period. Append-only: an edit is a new
 * row with the next revision number; the highest revision is the current one.
 */
export interface CommentaryTable {
  id: Generated<number>;
  programme_id: string;
  metric_id: string;
  period_start: string;
  /** 1, 2, ... per metric and period. */
  revision: number;
  what_happened: string;
  what_helps: string | null;
  what_hurts: string | null;
  what_next: string | null;
  /** Null when the author has no user account (e.g. written by a script). */
  author_user_id: number | null;
  author_name: string;
  /** ISO timestamp. */
  created_at: string;
  /** 1: this revision may be shown on the programme's public page; 0 (the default): never. */
  public: Generated<number>;
}

export type CommentaryRow = Selectable<CommentaryTable>;
export type NewCommentaryRow = Insertable<CommentaryTable>;

import type { IsoDate } from '@outcomes/core';
import type { CommentaryRow } from '../schema/commentary.js';

/** Who wrote a commentary revision or recorded a rebase. */
export interface Author {
  /** Null when the author has no user account. */
  userId: number | null;
  name: string;
}

/** One revision of a sponsor's "story behind the curve" for a metric and period. */
export interface CommentaryRecord {
  id: number;
  programmeId: string;
  metricId: string;
  periodStart: IsoDate;
  revision: number;
  whatHappened: string;
  whatHelps: string | null;
  whatHurts: string | null;
  whatNext: string | null;
  author: Author;
  /** ISO timestamp. */
  createdAt: string;
  /** Marked by its writer for the programme's public page (shown there only when it is on). */
  public: boolean;
}

export function toCommentaryRecord(row: CommentaryRow): CommentaryRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    metricId: row.metric_id,
    periodStart: row.period_start,
    revision: row.revision,
    whatHappened: row.what_happened,
    whatHelps: row.what_helps,
    whatHurts: row.what_hurts,
    whatNext: row.what_next,
    author: { userId: row.author_user_id, name: row.author_name },
    createdAt: row.created_at,
    public: row.public === 1,
  };
}

import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * A rebase of a metric's SPC limits at a period, or its withdrawal. Append-only: the latest row for
 * a metric and period says whether a rebase stands there.
 */
export interface SpcRebaseTable {
  id: Generated<number>;
  programme_id: string;
  metric_id: string;
  period_start: string;
  /** 'rebase' | 'withdraw'. */
  action: string;
  reason: string;
  author_user_id: number | null;
  author_name: string;
  /** ISO timestamp. */
  created_at: string;
}

export type SpcRebaseRow = Selectable<SpcRebaseTable>;
export type NewSpcRebaseRow = Insertable<SpcRebaseTable>;

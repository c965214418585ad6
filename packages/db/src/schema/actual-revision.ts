import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * A returned figure. Append-only: a correction is a new row with the next revision number, and the
 * highest revision (recorded on or before the time asked about) is the current one.
 */
export interface ActualRevisionTable {
  id: Generated<number>;
  programme_id: string;
  metric_id: string;
  period_start: string;
  value: number;
  note: string | null;
  submission_id: number;
  /** 1, 2, ... per metric and period. */
  revision: number;
  /** ISO timestamp. */
  recorded_at: string;
}

export type ActualRevisionRow = Selectable<ActualRevisionTable>;
export type NewActualRevisionRow = Insertable<ActualRevisionTable>;

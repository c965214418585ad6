import type { Insertable, Selectable } from 'kysely';

/** A metric's comparison series (metric.comparator_name), one value per period of its frequency. */
export interface ComparatorValueTable {
  programme_id: string;
  metric_id: string;
  /** ISO date: first day of the period. */
  period_start: string;
  value: number;
}

export type ComparatorValueRow = Selectable<ComparatorValueTable>;
export type NewComparatorValueRow = Insertable<ComparatorValueTable>;

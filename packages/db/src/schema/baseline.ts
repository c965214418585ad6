import type { ColumnType, Insertable, Selectable } from 'kysely';

/** Exactly one per metric. */
export interface BaselineTable {
  programme_id: string;
  metric_id: string;
  /** Level per period of the metric's frequency. */
  value: number;
  annual_growth: number;
  measured_from: string | null;
  measured_to: string | null;
  note: string | null;
  /** The counterfactual's anchor date; null means the programme's first day. */
  growth_from: ColumnType<string | null, string | null | undefined, string | null>;
}

export type BaselineRow = Selectable<BaselineTable>;
export type NewBaselineRow = Insertable<BaselineTable>;

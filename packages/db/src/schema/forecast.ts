import type { Insertable, Selectable } from 'kysely';

export interface ForecastTable {
  programme_id: string;
  version_id: string;
  metric_id: string;
  /** ISO date: first day of the period. */
  period_start: string;
  value: number;
}

export type ForecastRow = Selectable<ForecastTable>;
export type NewForecastRow = Insertable<ForecastTable>;

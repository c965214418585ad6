import type { Insertable, Selectable } from 'kysely';

/** A business-case forecast version; exactly one per programme is current. */
export interface ForecastVersionTable {
  programme_id: string;
  /** 'pack' for the forecasts that came with the programme pack. */
  id: string;
  label: string;
  created_at: string;
  /** 0 or 1. */
  is_current: number;
}

export type ForecastVersionRow = Selectable<ForecastVersionTable>;
export type NewForecastVersionRow = Insertable<ForecastVersionTable>;

import type { Insertable, Selectable } from 'kysely';

/** GDP deflator index by financial year (any base year). */
export interface DeflatorTable {
  programme_id: string;
  financial_year: string;
  /** Named index_value because INDEX is an SQL keyword. */
  index_value: number;
}

export type DeflatorRow = Selectable<DeflatorTable>;
export type NewDeflatorRow = Insertable<DeflatorTable>;

import type { Insertable, Selectable } from 'kysely';

/** What a partner puts into a strand in a financial year. */
export interface CostTable {
  programme_id: string;
  strand_id: string;
  partner_id: string;
  financial_year: string;
  /** 'transition' | 'running'. */
  kind: string;
  position: number;
  forecast_pence: number;
  /** Null when not yet known. */
  actual_pence: number | null;
}

export type CostRow = Selectable<CostTable>;
export type NewCostRow = Insertable<CostTable>;

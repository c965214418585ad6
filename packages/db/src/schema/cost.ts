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
  /** The prices the amounts are in; null means the programme's price base. */
  price_year: string | null;
  /** Green Book optimism-bias category and uplift share on the forecast; null for none. */
  optimism_bias_category: string | null;
  optimism_bias: number | null;
}

export type CostRow = Selectable<CostTable>;
export type NewCostRow = Insertable<CostTable>;

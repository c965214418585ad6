import type { Insertable, Selectable } from 'kysely';

export interface UnitCostTable {
  programme_id: string;
  id: string;
  position: number;
  name: string;
  /** 'event' | 'year'. */
  per: string;
  /** Integer pence in the unit cost's own price year. */
  value_pence: number;
  price_year: string;
  source: string;
  /** 1..6. */
  confidence_grade: number;
  /** 'fiscal' | 'economic' | 'social'. */
  category: string;
  cashable_share: number;
  /** The value stack's economic and social parts of one unit, integer pence; null for none. */
  economic_pence: number | null;
  social_pence: number | null;
}

export type UnitCostRow = Selectable<UnitCostTable>;
export type NewUnitCostRow = Insertable<UnitCostTable>;

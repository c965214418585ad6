import type { Insertable, Selectable } from 'kysely';

/** How a unit cost falls across partners; shares per unit cost sum to 1. */
export interface UnitCostBearerTable {
  programme_id: string;
  unit_cost_id: string;
  partner_id: string;
  position: number;
  share: number;
}

export type UnitCostBearerRow = Selectable<UnitCostBearerTable>;
export type NewUnitCostBearerRow = Insertable<UnitCostBearerTable>;

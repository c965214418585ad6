import type { Insertable, Selectable } from 'kysely';

export interface PartnerTable {
  programme_id: string;
  id: string;
  /** Row order in the pack, so lists come back in the analyst's order. */
  position: number;
  name: string;
  kind: string;
}

export type PartnerRow = Selectable<PartnerTable>;
export type NewPartnerRow = Insertable<PartnerTable>;

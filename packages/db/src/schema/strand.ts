import type { Insertable, Selectable } from 'kysely';

export interface StrandTable {
  programme_id: string;
  id: string;
  position: number;
  name: string;
  sponsor_partner_id: string;
  description: string | null;
}

export type StrandRow = Selectable<StrandTable>;
export type NewStrandRow = Insertable<StrandTable>;

import type { Insertable, Selectable } from 'kysely';

export interface OutcomeTable {
  programme_id: string;
  id: string;
  position: number;
  name: string;
}

export type OutcomeRow = Selectable<OutcomeTable>;
export type NewOutcomeRow = Insertable<OutcomeTable>;

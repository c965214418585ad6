import type { ColumnType, Insertable, Selectable } from 'kysely';

export interface PartnerTable {
  programme_id: string;
  id: string;
  /** Row order in the pack, so lists come back in the analyst's order. */
  position: number;
  name: string;
  kind: string;
  /** 'local' | 'national': whose budget the partner's savings fall on (default 'local'). */
  budget: ColumnType<string, string | undefined, string>;
}

export type PartnerRow = Selectable<PartnerTable>;
export type NewPartnerRow = Insertable<PartnerTable>;

import type { Generated, Insertable, Selectable } from 'kysely';

/** One role a user holds in one programme, with its scope. */
export interface RoleGrantTable {
  id: Generated<number>;
  user_id: number;
  programme_id: string;
  /** 'board' | 'finance' | 'sponsor' | 'data-officer' | 'admin'. */
  role: string;
  /** The partner a data officer returns figures for; null for every other role. */
  partner_id: string | null;
  /** JSON array of the strands a sponsor sponsors; '[]' for every other role. */
  strand_ids: string;
  created_at: string;
}

export type RoleGrantRow = Selectable<RoleGrantTable>;
export type NewRoleGrantRow = Insertable<RoleGrantTable>;

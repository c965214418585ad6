import type { Selectable } from 'kysely';

/** A user who administers the whole installation (creates programmes, reads every programme). */
export interface InstallationAdminTable {
  user_id: number;
  granted_at: string;
}

export type InstallationAdminRow = Selectable<InstallationAdminTable>;

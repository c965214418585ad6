import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A person who can sign in. Never deleted: disabled, so the audit log keeps naming them. */
export interface AppUserTable {
  id: Generated<number>;
  /** Lower-case. */
  email: string;
  name: string;
  /** argon2id PHC string. */
  password_hash: string;
  /** ISO timestamp; null while the account is active. */
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AppUserRow = Selectable<AppUserTable>;
export type NewAppUserRow = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;

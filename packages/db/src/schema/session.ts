import type { Insertable, Selectable } from 'kysely';

/** A signed-in browser. The cookie holds the secret; the store holds only its hash. */
export interface SessionTable {
  /** SHA-256 (hex) of the cookie's secret. */
  id: string;
  user_id: number;
  /** Sent back by the web app as X-CSRF-Token on every write. */
  csrf_token: string;
  created_at: string;
  /** Refreshed as the session is used; the session ends after a spell of idleness. */
  last_seen_at: string;
  /** The absolute end of the session, however active. */
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export type SessionRow = Selectable<SessionTable>;
export type NewSessionRow = Insertable<SessionTable>;

import type { Insertable, Selectable } from 'kysely';

/**
 * Writes counted against one key in its current window, shared by every API process. A key's
 * window starts at its first write and lasts the limit's window; the next write after it ends
 * starts a new one.
 */
export interface RateLimitWindowTable {
  /** 'user:' and a user id, or 'ip:' and the client address before sign-in. */
  key: string;
  /** Writes counted in this window (at least 1). */
  hits: number;
  /** Milliseconds since 1970 when the window ends. */
  window_ends_at: number;
}

export type RateLimitWindowRow = Selectable<RateLimitWindowTable>;
export type NewRateLimitWindowRow = Insertable<RateLimitWindowTable>;

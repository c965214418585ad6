import type { Insertable, Selectable } from 'kysely';

/**
 * One failed sign-in (or password change) counted against one key, shared by every API process.
 * Rows older than the throttle's window are deleted as new failures are recorded.
 */
export interface SignInFailureTable {
  /** 'account:' and the SHA-256 (hex) of the email typed, or 'address:' and the client address. */
  key: string;
  /** Milliseconds since 1970. */
  failed_at: number;
}

export type SignInFailureRow = Selectable<SignInFailureTable>;
export type NewSignInFailureRow = Insertable<SignInFailureTable>;

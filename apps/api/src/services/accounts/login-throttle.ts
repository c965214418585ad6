// Password attempts (sign-in and password change), counted per account (the email typed, whether
// or not it exists) and per client address in a window that starts at the first attempt. The
// counts are kept in the store, so every API process behind a load balancer counts against the
// same limit, and a restart forgets nothing.
//
// Checking and recording are one step: each attempt is counted (one upsert that adds one and
// returns the new count, atomic on SQLite and PostgreSQL) BEFORE its password is verified. Of 200
// attempts arriving at once, exactly the first `max` get counts 1..max and have their password
// checked; every other is refused without one. An attempt that succeeds, or is refused before its
// password is checked, gives its count back, so the counts are of passwords that were wrong.
import {
  clearRateLimitWindow,
  countRateLimitHit,
  releaseRateLimitHit,
  type Db,
} from '@outcomes/db';
import { sha256Hex } from './secrets.js';

export interface LoginThrottleOptions {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMinutes: number;
}

/**
 * The account's key holds the SHA-256 of the email typed, not the text: people type passwords
 * into the email field, and the store should not keep what they typed. The prefix keeps these
 * apart from the write rate limit's keys in the same table.
 */
const accountKey = (email: string): string => `sign-in:account:${sha256Hex(email)}`;
const addressKey = (address: string): string => `sign-in:address:${address}`;

/** The outcome of counting an attempt: go ahead and check the password, or wait. */
export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  private readonly windowMs: number;

  constructor(
    private readonly db: Db,
    private readonly options: LoginThrottleOptions,
  ) {
    this.windowMs = options.windowMinutes * 60_000;
  }

  /**
   * Counts an attempt against the account, then the address, before the password is checked. Over
   * either limit the attempt is refused, its counts are given back (no password was checked), and
   * the answer says how long until the full window ends. The address is counted only once the
   * account allows the attempt, so a flood against one account does not also fill its address.
   */
  async beginAttempt(
    email: string,
    address: string,
    now: number = Date.now(),
  ): Promise<AttemptVerdict> {
    const counted: string[] = [];
    for (const [key, max] of [
      [accountKey(email), this.options.maxFailuresPerAccount],
      [addressKey(address), this.options.maxFailuresPerAddress],
    ] as const) {
      const { hits, windowEndsAt } = await countRateLimitHit(this.db, key, now, this.windowMs);
      counted.push(key);
      if (hits > max) {
        for (const done of counted) await releaseRateLimitHit(this.db, done);
        // Capped at one window: under concurrent attempts the window may have been opened by an
        // attempt that took its `now` a moment after this one did, so its end is a few
        // milliseconds more than a window past this attempt's `now` (seen as 901 s of a 900 s
        // window in sign-in-concurrency.test.ts on PostgreSQL).
        const remainingMs = Math.min(this.windowMs, windowEndsAt - now);
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)),
        };
      }
    }
    return { allowed: true };
  }

  /** A sign-in succeeded: the account's count is cleared and the address's attempt given back. */
  async signedIn(email: string, address: string): Promise<void> {
    await clearRateLimitWindow(this.db, accountKey(email));
    await releaseRateLimitHit(this.db, addressKey(address));
  }

  /** The password was right (a password change): the attempt is given back, nothing cleared. */
  async passwordWasRight(email: string, address: string): Promise<void> {
    await releaseRateLimitHit(this.db, accountKey(email));
    await releaseRateLimitHit(this.db, addressKey(address));
  }
}

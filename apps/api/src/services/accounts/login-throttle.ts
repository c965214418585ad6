// Failed sign-ins, counted per account (the email typed, whether or not it exists) and per client
// address over a sliding window. The failures are kept in the store, so every API process behind a
// load balancer counts against the same limit, and a restart forgets nothing.
//
// The check and the record are separate statements, as they were in memory (the password check
// between them takes time): attempts that arrive together may each pass the check before any of
// them is recorded. The overshoot is bounded by how many attempts are in flight at once.
import {
  clearSignInFailures,
  listSignInFailures,
  recordSignInFailure,
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
 * into the email field, and the store should not keep what they typed.
 */
const accountKey = (email: string): string => `account:${sha256Hex(email)}`;
const addressKey = (address: string): string => `address:${address}`;

export class LoginThrottle {
  private readonly windowMs: number;

  constructor(
    private readonly db: Db,
    private readonly options: LoginThrottleOptions,
  ) {
    this.windowMs = options.windowMinutes * 60_000;
  }

  /** Minutes to wait before trying again, or 0 when a sign-in may be attempted now. */
  async retryAfterMinutes(
    email: string,
    address: string,
    now: number = Date.now(),
  ): Promise<number> {
    const checks: [key: string, max: number][] = [
      [accountKey(email), this.options.maxFailuresPerAccount],
      [addressKey(address), this.options.maxFailuresPerAddress],
    ];
    const failures = await listSignInFailures(
      this.db,
      checks.map(([key]) => key),
      now - this.windowMs,
    );
    let wait = 0;
    for (const [key, max] of checks) {
      const times = failures.filter((f) => f.key === key).map((f) => f.failedAt);
      if (times.length >= max) {
        // Sign-ins open again when the failure that brought the count to the limit leaves the window.
        const oldest = times[times.length - max] ?? now;
        const until = oldest + this.windowMs;
        wait = Math.max(wait, Math.ceil((until - now) / 60_000));
      }
    }
    return wait;
  }

  /** Counts a failure against the account and the address; forgets failures past the window. */
  async recordFailure(email: string, address: string, now: number = Date.now()): Promise<void> {
    await recordSignInFailure(
      this.db,
      [accountKey(email), addressKey(address)],
      now,
      now - this.windowMs,
    );
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async recordSuccess(email: string): Promise<void> {
    await clearSignInFailures(this.db, accountKey(email));
  }
}

// Failed sign-ins, counted per account (the email typed, whether or not it exists) and per client
// address over a sliding window. Kept in memory: it resets when the server restarts and is per
// process, which suits the single-process deployment (see the README).

export interface LoginThrottleOptions {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowMinutes: number;
}

/** Bounds memory whatever an attacker sends: the oldest keys are forgotten first. */
const MAX_KEYS = 50_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: LoginThrottleOptions) {}

  private recent(key: string, now: number): number[] {
    const since = now - this.options.windowMinutes * 60_000;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Minutes to wait before trying again, or 0 when a sign-in may be attempted now. */
  retryAfterMinutes(email: string, address: string, now: number = Date.now()): number {
    const checks: [string, number][] = [
      [`account:${email}`, this.options.maxFailuresPerAccount],
      [`address:${address}`, this.options.maxFailuresPerAddress],
    ];
    let wait = 0;
    for (const [key, max] of checks) {
      const times = this.recent(key, now);
      if (times.length >= max) {
        const oldest = times[times.length - max] ?? now;
        const until = oldest + this.options.windowMinutes * 60_000;
        wait = Math.max(wait, Math.ceil((until - now) / 60_000));
      }
    }
    return wait;
  }

  recordFailure(email: string, address: string, now: number = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const times = this.recent(key, now);
      times.push(now);
      this.failures.delete(key);
      this.failures.set(key, times);
    }
    while (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A successful sign-in clears the account's count (not the address's). */
  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }
}

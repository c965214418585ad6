// The sign-in throttle over time, on the store: each attempt is counted before its password is
// checked, in a window per account and per address that starts at the first attempt; the wait it
// answers; what a success gives back. Time is given, not waited for.
import { createDb, migrateToLatest, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../src/services/accounts/login-throttle.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

let store: TestDatabase;
let db: Db;
let throttle: LoginThrottle;
let counter = 0;

beforeAll(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  throttle = new LoginThrottle(db, {
    maxFailuresPerAccount: 3,
    maxFailuresPerAddress: 5,
    windowMinutes: 15,
  });
});
afterAll(async () => {
  await db.destroy();
  await store.drop();
});

/** An email and an address no other test uses. */
const fresh = () => {
  counter += 1;
  return { email: `throttled-${counter}@test.local`, address: `10.7.0.${counter}` };
};

describe('LoginThrottle', () => {
  it('allows the limit of attempts, then refuses until the window that began at the first ends', async () => {
    const { email, address } = fresh();
    expect(await throttle.beginAttempt(email, address, T0)).toEqual({ allowed: true });
    expect(await throttle.beginAttempt(email, address, T0 + 4 * MINUTE)).toEqual({ allowed: true });
    expect(await throttle.beginAttempt(email, address, T0 + 6 * MINUTE)).toEqual({ allowed: true });
    // The fourth in 15 minutes: wait until the window that began at T0 ends, 9 minutes on.
    expect(await throttle.beginAttempt(email, address, T0 + 6 * MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: 9 * 60,
    });
    // Rounded up to whole seconds, never 0.
    expect(await throttle.beginAttempt(email, address, T0 + 15 * MINUTE - 1)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    // The window has ended: a new one begins with this attempt.
    expect(await throttle.beginAttempt(email, address, T0 + 15 * MINUTE)).toEqual({
      allowed: true,
    });
  });

  it('counts per account across addresses, and per address across accounts', async () => {
    const { email } = fresh();
    for (let i = 0; i < 3; i++) await throttle.beginAttempt(email, `10.8.${counter}.${i}`, T0);
    expect(await throttle.beginAttempt(email, '10.8.0.200', T0 + MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60,
    });
    expect(await throttle.beginAttempt('someone-else@test.local', '10.8.0.201', T0)).toEqual({
      allowed: true,
    });

    const { address } = fresh();
    for (let i = 0; i < 5; i++) {
      await throttle.beginAttempt(`spray-${counter}-${i}@test.local`, address, T0 + i * MINUTE);
    }
    expect(await throttle.beginAttempt('innocent@test.local', address, T0 + 5 * MINUTE)).toEqual({
      allowed: false,
      retryAfterSeconds: 10 * 60,
    });
    // The refused attempt gave its count back: the innocent account is not charged for it.
    expect(await throttle.beginAttempt('innocent@test.local', '10.9.9.9', T0)).toEqual({
      allowed: true,
    });
  });

  it('a sign-in clears the account’s count and gives back the address’s attempt', async () => {
    const { email, address } = fresh();
    for (let i = 0; i < 4; i++) await throttle.beginAttempt(`other-${i}-${email}`, address, T0 + i);
    await throttle.beginAttempt(email, address, T0 + 5);
    await throttle.signedIn(email, address);
    // The address has 4 wrong attempts: the fifth is still allowed, the sixth is not.
    expect(await throttle.beginAttempt(email, address, T0 + MINUTE)).toEqual({ allowed: true });
    expect((await throttle.beginAttempt(email, address, T0 + MINUTE)).allowed).toBe(false);
  });

  it('refuses all but the limit of 200 attempts that arrive at once', async () => {
    const { email } = fresh();
    const verdicts = await Promise.all(
      Array.from({ length: 200 }, (_, i) => throttle.beginAttempt(email, `10.12.${i % 250}.1`, T0)),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
  });

  it('keeps the SHA-256 of the email typed, never the text', async () => {
    const typed = 'my secret passphrase typed in the wrong box';
    await throttle.beginAttempt(typed, '10.11.0.1', T0 + 60 * MINUTE);
    const keys = (await db.selectFrom('rate_limit_window').select('key').execute()).map(
      (r) => r.key,
    );
    expect(keys.some((k) => k.includes('passphrase'))).toBe(false);
    expect(keys).toContain('sign-in:address:10.11.0.1');
    expect(
      keys
        .filter((k) => k.startsWith('sign-in:account:'))
        .every((k) => /^sign-in:account:[0-9a-f]{64}$/.test(k)),
    ).toBe(true);
  });
});

// The sign-in throttle's arithmetic over time, on the store: a sliding window per account and per
// address, the wait it answers, and what a success clears. Time is given, not waited for.
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
  it('refuses after the limit until the failure that reached it leaves the window', async () => {
    const { email, address } = fresh();
    await throttle.recordFailure(email, address, T0);
    await throttle.recordFailure(email, address, T0 + 4 * MINUTE);
    expect(await throttle.retryAfterMinutes(email, address, T0 + 5 * MINUTE)).toBe(0);
    await throttle.recordFailure(email, address, T0 + 6 * MINUTE);
    // The third failure in 15 minutes: wait until the first is 15 minutes old (T0 + 15 min).
    expect(await throttle.retryAfterMinutes(email, address, T0 + 6 * MINUTE)).toBe(9);
    // Rounded up to whole minutes.
    expect(await throttle.retryAfterMinutes(email, address, T0 + 14 * MINUTE + 1)).toBe(1);
    // Exactly 15 minutes after the first failure it no longer counts: two remain, under the limit.
    expect(await throttle.retryAfterMinutes(email, address, T0 + 15 * MINUTE)).toBe(0);
  });

  it('counts per account across addresses, and per address across accounts', async () => {
    const { email } = fresh();
    for (let i = 0; i < 3; i++) await throttle.recordFailure(email, `10.8.${counter}.${i}`, T0);
    expect(await throttle.retryAfterMinutes(email, '10.8.0.200', T0 + MINUTE)).toBe(14);
    expect(await throttle.retryAfterMinutes('someone-else@test.local', '10.8.0.200', T0)).toBe(0);

    const { address } = fresh();
    for (let i = 0; i < 5; i++) {
      await throttle.recordFailure(`spray-${counter}-${i}@test.local`, address, T0 + i * MINUTE);
    }
    expect(await throttle.retryAfterMinutes('innocent@test.local', address, T0 + 5 * MINUTE)).toBe(
      10,
    );
    expect(await throttle.retryAfterMinutes('innocent@test.local', '10.9.9.9', T0)).toBe(0);
  });

  it('a success clears the account’s count, not the address’s', async () => {
    const { email, address } = fresh();
    for (let i = 0; i < 5; i++) await throttle.recordFailure(email, address, T0 + i);
    await throttle.recordSuccess(email);
    // The account is clear (another address may sign in to it); the address is still at its limit.
    expect(await throttle.retryAfterMinutes(email, '10.10.0.1', T0 + MINUTE)).toBe(0);
    expect(await throttle.retryAfterMinutes(email, address, T0 + MINUTE)).toBe(14);
  });

  it('keeps the SHA-256 of the email typed, never the text, and forgets old failures', async () => {
    const typed = 'my secret passphrase typed in the wrong box';
    await throttle.recordFailure(typed, '10.11.0.1', T0 + 60 * MINUTE);
    const keys = (await db.selectFrom('sign_in_failure').select('key').execute()).map((r) => r.key);
    expect(keys.some((k) => k.includes('passphrase'))).toBe(false);
    expect(keys).toContain('address:10.11.0.1');
    expect(
      keys.filter((k) => k.startsWith('account:')).every((k) => /^account:[0-9a-f]{64}$/.test(k)),
    ).toBe(true);
    // Every failure of the earlier tests is more than 15 minutes older than this one: forgotten.
    const times = await db.selectFrom('sign_in_failure').select('failed_at').execute();
    expect(times.map((t) => t.failed_at)).toEqual([T0 + 60 * MINUTE, T0 + 60 * MINUTE]);
  });
});

// Sign-in failures and write-rate-limit windows: counts every API process shares through the store.
// The counts must be exact under concurrency (two processes are two connections to one store), and
// the tables must stay one window deep.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from '../src/create-db.js';
import { countRateLimitHit } from '../src/limits/rate-limit-windows.js';
import {
  clearSignInFailures,
  listSignInFailures,
  recordSignInFailure,
} from '../src/limits/sign-in-failures.js';
import { migrateToLatest } from '../src/migrate.js';
import type { Database } from '../src/schema/database.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

let store: TestDatabase;
let db: Kysely<Database>;
const others: Kysely<Database>[] = [];

/** Another connection to the same store, as another API process would have. */
function anotherConnection(): Kysely<Database> {
  const other = createDb(store.location);
  others.push(other);
  return other;
}

beforeEach(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
});
afterEach(async () => {
  await Promise.all(others.splice(0).map((o) => o.destroy()));
  await db.destroy();
  await store.drop();
});
afterAll(async () => {
  await Promise.all(others.splice(0).map((o) => o.destroy()));
});

const rowCount = async (table: 'sign_in_failure' | 'rate_limit_window') =>
  Number(
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('sign-in failures', () => {
  it('are listed per key, after the given time only, oldest first', async () => {
    const forgetNothing = 0;
    await recordSignInFailure(db, ['account:a', 'address:1'], T0, forgetNothing);
    await recordSignInFailure(db, ['account:a', 'address:2'], T0 + 1000, forgetNothing);
    await recordSignInFailure(db, ['account:b', 'address:1'], T0 + 2000, forgetNothing);

    expect(await listSignInFailures(db, ['account:a'], 0)).toEqual([
      { key: 'account:a', failedAt: T0 },
      { key: 'account:a', failedAt: T0 + 1000 },
    ]);
    expect(await listSignInFailures(db, ['account:b', 'address:1'], 0)).toEqual([
      { key: 'address:1', failedAt: T0 },
      { key: 'account:b', failedAt: T0 + 2000 },
      { key: 'address:1', failedAt: T0 + 2000 },
    ]);
    // "After", not "at": a failure exactly one window old has left the window.
    expect(await listSignInFailures(db, ['account:a'], T0)).toEqual([
      { key: 'account:a', failedAt: T0 + 1000 },
    ]);
    expect(await listSignInFailures(db, ['account:nobody'], 0)).toEqual([]);
    expect(await listSignInFailures(db, [], 0)).toEqual([]);
  });

  it('two failures of one key in the same millisecond are two failures', async () => {
    await recordSignInFailure(db, ['account:a'], T0, 0);
    await recordSignInFailure(db, ['account:a'], T0, 0);
    expect(await listSignInFailures(db, ['account:a'], 0)).toHaveLength(2);
  });

  it('recording deletes every key’s failures at or before the forget time, and no others', async () => {
    await recordSignInFailure(db, ['account:old', 'address:9'], T0, 0);
    await recordSignInFailure(db, ['account:edge'], T0 + MINUTE, 0);
    await recordSignInFailure(db, ['account:young'], T0 + MINUTE + 1, 0);
    expect(await rowCount('sign_in_failure')).toBe(4);

    await recordSignInFailure(db, ['account:new'], T0 + 20 * MINUTE, T0 + MINUTE);
    expect(
      (await listSignInFailures(db, ['account:old', 'address:9', 'account:edge'], 0)).length,
    ).toBe(0);
    expect(await listSignInFailures(db, ['account:young', 'account:new'], 0)).toEqual([
      { key: 'account:young', failedAt: T0 + MINUTE + 1 },
      { key: 'account:new', failedAt: T0 + 20 * MINUTE },
    ]);
    expect(await rowCount('sign_in_failure')).toBe(2);
  });

  it('clearing forgets one key only', async () => {
    await recordSignInFailure(db, ['account:a', 'address:1'], T0, 0);
    await recordSignInFailure(db, ['account:b', 'address:1'], T0, 0);
    await clearSignInFailures(db, 'account:a');
    expect(await listSignInFailures(db, ['account:a', 'account:b', 'address:1'], 0)).toEqual([
      { key: 'account:b', failedAt: T0 },
      { key: 'address:1', failedAt: T0 },
      { key: 'address:1', failedAt: T0 },
    ]);
  });

  it('failures recorded through one connection are counted through another', async () => {
    const other = anotherConnection();
    await recordSignInFailure(db, ['account:a'], T0, 0);
    await recordSignInFailure(other, ['account:a'], T0 + 1, 0);
    expect(await listSignInFailures(other, ['account:a'], 0)).toHaveLength(2);
    expect(await listSignInFailures(db, ['account:a'], 0)).toHaveLength(2);
  });
});

describe('rate-limit windows', () => {
  it('count per key within a window that starts at the key’s first write', async () => {
    expect(await countRateLimitHit(db, 'user:1', T0, MINUTE)).toEqual({
      hits: 1,
      windowEndsAt: T0 + MINUTE,
    });
    expect(await countRateLimitHit(db, 'user:1', T0 + 10_000, MINUTE)).toEqual({
      hits: 2,
      windowEndsAt: T0 + MINUTE,
    });
    // Another key has a window and a count of its own.
    expect(await countRateLimitHit(db, 'user:2', T0 + 30_000, MINUTE)).toEqual({
      hits: 1,
      windowEndsAt: T0 + 30_000 + MINUTE,
    });
    expect(await countRateLimitHit(db, 'ip:10.0.0.1', T0 + 30_000, MINUTE)).toEqual({
      hits: 1,
      windowEndsAt: T0 + 30_000 + MINUTE,
    });
    expect(await countRateLimitHit(db, 'user:1', T0 + MINUTE - 1, MINUTE)).toEqual({
      hits: 3,
      windowEndsAt: T0 + MINUTE,
    });
  });

  it('start again from one when the window has ended', async () => {
    for (let i = 0; i < 5; i++) await countRateLimitHit(db, 'user:1', T0 + i, MINUTE);
    // The window ends at T0 + MINUTE: a write at that moment is in the next window.
    expect(await countRateLimitHit(db, 'user:1', T0 + MINUTE, MINUTE)).toEqual({
      hits: 1,
      windowEndsAt: T0 + 2 * MINUTE,
    });
    expect(await countRateLimitHit(db, 'user:1', T0 + MINUTE + 5, MINUTE)).toEqual({
      hits: 2,
      windowEndsAt: T0 + 2 * MINUTE,
    });
  });

  it('a new window deletes every ended window, and leaves running ones', async () => {
    await countRateLimitHit(db, 'user:1', T0, MINUTE);
    await countRateLimitHit(db, 'user:2', T0 + 1000, MINUTE);
    await countRateLimitHit(db, 'user:3', T0 + 50_000, MINUTE);
    expect(await rowCount('rate_limit_window')).toBe(3);

    // At T0 + 61 s the first two windows have ended; the third runs until T0 + 110 s.
    await countRateLimitHit(db, 'user:4', T0 + 61_000, MINUTE);
    const keys = await db.selectFrom('rate_limit_window').select('key').orderBy('key').execute();
    expect(keys.map((k) => k.key)).toEqual(['user:3', 'user:4']);
    expect(await countRateLimitHit(db, 'user:3', T0 + 61_000, MINUTE)).toMatchObject({ hits: 2 });
  });

  it('concurrent writes from two connections are each counted once: an exact total', async () => {
    const other = anotherConnection();
    const n = 200;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        countRateLimitHit(i % 2 === 0 ? db : other, 'user:busy', T0 + (i % 7), MINUTE),
      ),
    );
    // Every write got a count of its own: 1 to n, none repeated, none skipped.
    expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: n }, (_, i) => i + 1),
    );
    expect(new Set(results.map((r) => r.windowEndsAt))).toEqual(new Set([T0 + MINUTE]));
    const row = await db
      .selectFrom('rate_limit_window')
      .selectAll()
      .where('key', '=', 'user:busy')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ key: 'user:busy', hits: n, window_ends_at: T0 + MINUTE });
  });

  it('concurrent first writes of many keys, each starting a window and cleaning up, lose nothing', async () => {
    const other = anotherConnection();
    // Ended windows for the new windows' cleanup to delete while the others count.
    for (let k = 0; k < 20; k++) await countRateLimitHit(db, `old:${k}`, T0 - 2 * MINUTE, MINUTE);
    const keys = Array.from({ length: 10 }, (_, k) => `user:${k}`);
    await Promise.all(
      keys.flatMap((key, k) =>
        Array.from({ length: 15 }, (_, i) =>
          countRateLimitHit((k + i) % 2 === 0 ? db : other, key, T0, MINUTE),
        ),
      ),
    );
    const rows = await db
      .selectFrom('rate_limit_window')
      .select(['key', 'hits'])
      .orderBy('key')
      .execute();
    expect(rows).toEqual(keys.map((key) => ({ key, hits: 15 })));
  });
});

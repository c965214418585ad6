// Write rate limits in the store, so that every API process counts against one total. A key's
// window starts at its first write and lasts `windowMs` (as @fastify/rate-limit's own in-memory
// store does); the first write after it ends starts the next window.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export interface RateLimitHit {
  /** Writes counted in the key's current window, this one included. */
  hits: number;
  /** Milliseconds since 1970 when the window ends. */
  windowEndsAt: number;
}

/**
 * Counts one write against `key` at `now` and returns the window's count. One statement does it
 * (an upsert that starts a window, restarts an ended one, or adds one to a running one), so
 * concurrent writers, in this process or another, each get a different count and none is lost.
 *
 * A write that starts a window also deletes every ended window (of any key): that happens at most
 * once per key per window, and keeps the table to the keys that wrote recently.
 */
export async function countRateLimitHit(
  db: Kysely<Database>,
  key: string,
  now: number,
  windowMs: number,
): Promise<RateLimitHit> {
  const row = await db
    .insertInto('rate_limit_window')
    .values({ key, hits: 1, window_ends_at: now + windowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        // Both assignments read the row as it was before this update, on both engines.
        const ended = eb('rate_limit_window.window_ends_at', '<=', now);
        return {
          hits: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('rate_limit_window.hits', '+', 1))
            .end(),
          window_ends_at: eb
            .case()
            .when(ended)
            .then(eb.ref('excluded.window_ends_at'))
            .else(eb.ref('rate_limit_window.window_ends_at'))
            .end(),
        };
      }),
    )
    .returning(['hits', 'window_ends_at'])
    .executeTakeFirstOrThrow();
  if (row.hits === 1) {
    await db.deleteFrom('rate_limit_window').where('window_ends_at', '<=', now).execute();
  }
  return { hits: row.hits, windowEndsAt: row.window_ends_at };
}

/**
 * Takes back one count of `key` in its running window: a counted attempt that turned out not to
 * be one (a sign-in that succeeded, or was refused before its password was checked). Each
 * statement is atomic, so concurrent releases each take one; a window whose last count is taken
 * back is deleted (a window holds at least one).
 */
export async function releaseRateLimitHit(db: Kysely<Database>, key: string): Promise<void> {
  const updated = await db
    .updateTable('rate_limit_window')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('key', '=', key)
    .where('hits', '>', 1)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    await db.deleteFrom('rate_limit_window').where('key', '=', key).where('hits', '=', 1).execute();
  }
}

/** Forgets `key`'s window (a successful sign-in clears the account's count). */
export async function clearRateLimitWindow(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limit_window').where('key', '=', key).execute();
}

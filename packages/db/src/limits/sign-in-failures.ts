// Failed sign-ins in the store, so that every API process counts them against one total. The API's
// LoginThrottle decides what the counts mean; these only record, read and forget them.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export interface SignInFailure {
  key: string;
  /** Milliseconds since 1970. */
  failedAt: number;
}

/**
 * Records one failure against each key at `at`, and deletes every failure (of any key) at or
 * before `forgetUpTo`: failures are only ever counted within a window, so older rows are dead
 * weight, and deleting them here keeps the table to one window's worth however many arrive.
 */
export async function recordSignInFailure(
  db: Kysely<Database>,
  keys: readonly string[],
  at: number,
  forgetUpTo: number,
): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('failed_at', '<=', forgetUpTo).execute();
  if (keys.length === 0) return;
  await db
    .insertInto('sign_in_failure')
    .values(keys.map((key) => ({ key, failed_at: at })))
    .execute();
}

/** The failures of these keys after `since` (not at it), oldest first (then by key). */
export async function listSignInFailures(
  db: Kysely<Database>,
  keys: readonly string[],
  since: number,
): Promise<SignInFailure[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('sign_in_failure')
    .select(['key', 'failed_at'])
    .where('key', 'in', keys)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .orderBy('key')
    .execute();
  return rows.map((r) => ({ key: r.key, failedAt: r.failed_at }));
}

/** Forgets every failure of one key (a successful sign-in clears the account's count). */
export async function clearSignInFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failure').where('key', '=', key).execute();
}

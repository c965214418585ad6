// Sign-ins started at an OpenID Connect provider: stored when the browser is sent there, spent
// once when it comes back. The store is shared, so the callback may reach any API process.
import type { Kysely } from 'kysely';
import type { NewOidcSignInRow, OidcSignInRow } from '../schema/oidc-sign-in.js';
import type { Database } from '../schema/database.js';

/** Spent or expired rows are kept this long (for a clear "already used" answer), then deleted. */
const KEEP_AFTER_EXPIRY_MS = 24 * 3_600_000;

/** Stores a started sign-in, deleting rows that expired over a day ago (no scheduler needed). */
export async function insertOidcSignIn(db: Kysely<Database>, row: NewOidcSignInRow): Promise<void> {
  await db
    .deleteFrom('oidc_sign_in')
    .where('expires_at', '<', Number(row.created_at) - KEEP_AFTER_EXPIRY_MS)
    .execute();
  await db.insertInto('oidc_sign_in').values(row).execute();
}

export async function findOidcSignIn(
  db: Kysely<Database>,
  state: string,
): Promise<OidcSignInRow | undefined> {
  return db.selectFrom('oidc_sign_in').selectAll().where('state', '=', state).executeTakeFirst();
}

/**
 * Marks the state spent, only if it is still unspent and unexpired at `now`: one atomic
 * statement, so of two callbacks racing with one state exactly one gets true.
 */
export async function spendOidcSignIn(
  db: Kysely<Database>,
  state: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('oidc_sign_in')
    .set({ used_at: now })
    .where('state', '=', state)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

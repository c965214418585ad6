// Personal API tokens, stored as hashes.
import type { Kysely } from 'kysely';
import type { ApiTokenRow, NewApiTokenRow } from '../schema/api-token.js';
import type { Database } from '../schema/database.js';

export async function insertApiToken(db: Kysely<Database>, row: NewApiTokenRow): Promise<number> {
  const { id } = await db
    .insertInto('api_token')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findApiTokenByHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findApiToken(
  db: Kysely<Database>,
  id: number,
): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUserApiTokens(
  db: Kysely<Database>,
  userId: number,
): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_token')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
}

export async function touchApiToken(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** Revokes one token (or, with no id, every live token of the user). */
export async function revokeApiTokens(
  db: Kysely<Database>,
  userId: number,
  at: string,
  id?: number,
): Promise<void> {
  let query = db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null);
  if (id !== undefined) query = query.where('id', '=', id);
  await query.execute();
}

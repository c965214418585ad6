// Accounts: reads and writes of app_user. Users are never deleted, only disabled.
import type { Kysely } from 'kysely';
import type { AppUserRow, NewAppUserRow } from '../schema/app-user.js';
import type { Database } from '../schema/database.js';

export async function findUserByEmail(
  db: Kysely<Database>,
  email: string,
): Promise<AppUserRow | undefined> {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUserById(
  db: Kysely<Database>,
  id: number,
): Promise<AppUserRow | undefined> {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: Kysely<Database>): Promise<AppUserRow[]> {
  return db.selectFrom('app_user').selectAll().orderBy('email').execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(db: Kysely<Database>, row: NewAppUserRow): Promise<number> {
  const { id } = await db
    .insertInto('app_user')
    .values({ ...row, email: row.email.toLowerCase() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function setUserPasswordHash(
  db: Kysely<Database>,
  id: number,
  passwordHash: string,
  at: string,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Disables (a timestamp) or re-enables (null) an account. */
export async function setUserDisabledAt(
  db: Kysely<Database>,
  id: number,
  disabledAt: string | null,
  at: string,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ disabled_at: disabledAt, updated_at: at })
    .where('id', '=', id)
    .execute();
}

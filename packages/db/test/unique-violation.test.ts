// isUniqueViolation recognises a duplicate key on the engine this run is for, and nothing else:
// the API answers the first as a conflict (409) and anything else as a fault.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/schema/database.js';
import { isUniqueViolation } from '../src/unique-violation.js';
import { migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeAll(async () => {
  db = await migratedTestDb();
});
afterAll(async () => {
  await db.destroy();
  await removeTempDirs();
});

const user = (email: string) => ({
  email,
  name: 'A Person',
  password_hash: 'not a real hash',
  disabled_at: null,
  created_at: '2026-11-23T00:00:00.000Z',
  updated_at: '2026-11-23T00:00:00.000Z',
});

async function errorOf(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
  } catch (error) {
    return error;
  }
  throw new Error('the write was expected to fail');
}

describe('isUniqueViolation', () => {
  it('is true for a second row with the same unique key', async () => {
    await db.insertInto('app_user').values(user('same@test.local')).execute();
    const error = await errorOf(() =>
      db.insertInto('app_user').values(user('same@test.local')).execute(),
    );
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('is true for a repeated primary key', async () => {
    const session = {
      id: 'a'.repeat(64),
      user_id: (await db.selectFrom('app_user').select('id').executeTakeFirstOrThrow()).id,
      csrf_token: 'token',
      created_at: '2026-11-23T00:00:00.000Z',
      last_seen_at: '2026-11-23T00:00:00.000Z',
      expires_at: '2026-11-24T00:00:00.000Z',
    };
    await db.insertInto('session').values(session).execute();
    const error = await errorOf(() => db.insertInto('session').values(session).execute());
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('is false for other refusals: a check constraint, a missing parent, bad SQL', async () => {
    const badEmail = await errorOf(() =>
      db.insertInto('app_user').values(user('Upper@Test.Local')).execute(),
    );
    const noParent = await errorOf(() =>
      db
        .insertInto('partner')
        .values({ programme_id: 'nowhere', id: 'p', position: 0, name: 'P', kind: 'council' })
        .execute(),
    );
    const badSql = await errorOf(() => sql`select * from no_such_table`.execute(db));
    for (const error of [badEmail, noParent, badSql]) expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(new Error('plain'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

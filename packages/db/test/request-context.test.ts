// The one-query request context (issue 19): the credential, its user, the user's grants (one row,
// aggregated) and the programme's data stamp. On SQLite it runs straight on the connection when no
// transaction is open there, and through Kysely otherwise; both must give the same answer, and a
// write not yet committed must never be seen (a stamp from a transaction that may roll back could
// later be reused for other data, and a cached answer served for it). On the engine this run is
// for (TEST_ENGINE).
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRequestContext, sqliteChangeMarker } from '../src/accounts/request-context.js';
import { insertApiToken } from '../src/accounts/api-tokens.js';
import { replaceRoleGrants } from '../src/accounts/role-grants.js';
import { insertUser } from '../src/accounts/users.js';
import { createDb, engineOf, idleSqliteConnectionOf } from '../src/create-db.js';
import { loadPack } from '../src/pack/load-pack.js';
import { getDataStamp } from '../src/queries/get-data-stamp.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const NOW = '2026-12-06T09:00:00.000Z';

/** A store with the mini programme, a user with four grants and an API token ("hash-1"). */
async function storeWithGrants(): Promise<Kysely<Database>> {
  const db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
  await db
    .insertInto('programme')
    .values({
      ...(await db
        .selectFrom('programme')
        .selectAll()
        .where('id', '=', 'mini')
        .executeTakeFirstOrThrow()),
      id: 'another',
      name: 'Another programme',
    })
    .execute();
  const userId = await insertUser(db, {
    email: 'ann@example.org',
    name: 'Ann',
    password_hash: 'x',
    disabled_at: null,
    created_at: NOW,
    updated_at: NOW,
  });
  // Granted out of order: the context lists them by programme, then in the order granted.
  await replaceRoleGrants(
    db,
    userId,
    'mini',
    [
      { role: 'sponsor', partnerId: null, strandIds: ['s2', 's1'] },
      { role: 'data-officer', partnerId: 'police', strandIds: [] },
    ],
    NOW,
  );
  await replaceRoleGrants(
    db,
    userId,
    'another',
    [{ role: 'board', partnerId: null, strandIds: [] }],
    NOW,
  );
  await insertApiToken(db, {
    user_id: userId,
    name: 'test',
    token_hash: 'hash-1',
    prefix: 'otk_abc',
    created_at: NOW,
    expires_at: null,
    last_used_at: null,
    revoked_at: null,
  });
  return db;
}

describe('request context', () => {
  it('reads the credential, the user, every grant in order and the stamp in one row', async () => {
    const db = await storeWithGrants();
    const context = await loadRequestContext(db, { token: 'hash-1' }, 'mini');
    expect(context).toMatchObject({
      credential: {
        kind: 'token',
        csrfToken: null,
        lastUsedAt: null,
        expiresAt: null,
        revokedAt: null,
      },
      user: { email: 'ann@example.org', name: 'Ann', disabledAt: null, installationAdmin: false },
      programme: { id: 'mini', stamp: await getDataStamp(db, 'mini') },
    });
    expect(context?.grants.map((g) => [g.programmeId, g.role, g.partnerId, g.strandIds])).toEqual([
      ['another', 'board', null, []],
      ['mini', 'sponsor', null, ['s2', 's1']],
      ['mini', 'data-officer', 'police', []],
    ]);
    // No programme asked for; an unknown one; an unknown credential.
    expect((await loadRequestContext(db, { token: 'hash-1' }, null))?.programme).toBeNull();
    expect((await loadRequestContext(db, { token: 'hash-1' }, 'nowhere'))?.programme).toEqual({
      id: 'nowhere',
      stamp: undefined,
    });
    expect(await loadRequestContext(db, { token: 'no-such-hash' }, 'mini')).toBeUndefined();
    await db.destroy();
  });

  it('gives the same answer straight on the SQLite connection as through Kysely', async () => {
    const db = await storeWithGrants();
    const direct = idleSqliteConnectionOf(db);
    // Only a SQLite store opened by createDb has a connection to read straight from.
    expect(direct !== undefined).toBe(engineOf(db) === 'sqlite');
    // withPlugin makes another Kysely instance over the same connection: it takes Kysely's path.
    const throughKysely = db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => args.result,
    });
    expect(idleSqliteConnectionOf(throughKysely)).toBeUndefined();
    for (const programmeId of ['mini', 'nowhere', null]) {
      expect(await loadRequestContext(db, { token: 'hash-1' }, programmeId)).toEqual(
        await loadRequestContext(throughKysely, { token: 'hash-1' }, programmeId),
      );
    }
    await db.destroy();
  });

  it('never reads a stamp that a transaction has not committed', async () => {
    const db = await storeWithGrants();
    const before = await getDataStamp(db, 'mini');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inside: (() => void) | undefined;
    const opened = new Promise<void>((resolve) => (inside = resolve));
    const writing = db.transaction().execute(async (trx) => {
      await sql`update programme set data_version = data_version + 1 where id = 'mini'`.execute(
        trx,
      );
      inside?.();
      await held;
    });
    await opened;
    // The SQLite connection is the transaction's now: no straight read from it.
    expect(idleSqliteConnectionOf(db)).toBeUndefined();
    const reading = loadRequestContext(db, { token: 'hash-1' }, 'mini');
    if (engineOf(db) === 'postgres') {
      // Another connection: it answers at once, with the committed stamp.
      expect((await reading)?.programme?.stamp).toBe(before);
      release();
      await writing;
    } else {
      // The same connection: the read waits for the transaction and sees what it committed.
      release();
      await writing;
      expect((await reading)?.programme?.stamp).not.toBe(before);
    }
    const after = await loadRequestContext(db, { token: 'hash-1' }, 'mini');
    expect(after?.programme?.stamp).toBe(await getDataStamp(db, 'mini'));
    expect(after?.programme?.stamp).not.toBe(before);
    expect(idleSqliteConnectionOf(db) !== undefined).toBe(engineOf(db) === 'sqlite');
    await db.destroy();
  });

  it('moves the SQLite change marker on any committed change, by this connection or another', async () => {
    const db = await storeWithGrants();
    if (engineOf(db) === 'postgres') {
      // PostgreSQL's kept contexts follow its notifications instead.
      expect(await sqliteChangeMarker(db)).toBeUndefined();
      await db.destroy();
      return;
    }
    const location = idleSqliteConnectionOf(db)?.name ?? '';
    const other = createDb(location);
    const start = await sqliteChangeMarker(db);
    expect(start).toMatch(/^\d+:\d+$/);

    // Reads move nothing, on either connection.
    await loadRequestContext(db, { token: 'hash-1' }, 'mini');
    await loadRequestContext(other, { token: 'hash-1' }, 'mini');
    expect(await sqliteChangeMarker(db)).toBe(start);

    // A statement that changes no row moves nothing either.
    await sql`update api_token set revoked_at = ${NOW} where id = -1`.execute(db);
    expect(await sqliteChangeMarker(db)).toBe(start);

    // This connection's own change.
    await sql`update api_token set last_used_at = ${NOW}`.execute(db);
    const afterOwn = await sqliteChangeMarker(db);
    expect(afterOwn).not.toBe(start);

    // Another connection's commit, with nothing said to this one.
    await sql`update programme set data_version = data_version + 1 where id = 'mini'`.execute(
      other,
    );
    const afterOther = await sqliteChangeMarker(db);
    expect(afterOther).not.toBe(afterOwn);

    // Read through Kysely (a plugin instance, not the connection itself), the same marker.
    expect(
      await sqliteChangeMarker(
        db.withPlugin({ transformQuery: (a) => a.node, transformResult: async (a) => a.result }),
      ),
    ).toBe(afterOther);
    await other.destroy();
    await db.destroy();
  });
});

// Change notifications for kept request contexts (issue 19; migration 2026-12-06T0100 and
// accounts/request-context-changes.ts). On PostgreSQL every committed statement on the session,
// api_token, app_user, installation_admin, role_grant and programme tables reaches every listener
// on the store's schema, and only that schema's; a rolled-back one reaches none; a listener is
// fresh only while its heartbeats come back. SQLite has no listener. On the engine this run is
// for (TEST_ENGINE).
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RequestContextChanges } from '../src/accounts/request-context-changes.js';
import { loadPack } from '../src/pack/load-pack.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

const listeners: RequestContextChanges[] = [];
const stores: Kysely<Database>[] = [];

afterAll(async () => {
  for (const listener of listeners) await listener.close();
  for (const db of stores) await db.destroy();
  await removeTempDirs();
});

async function miniStore(): Promise<Kysely<Database>> {
  const db = await migratedTestDb();
  stores.push(db);
  await loadPack(db, MINI_PACK);
  return db;
}

async function listenOn(db: Kysely<Database>): Promise<RequestContextChanges> {
  const changes = await RequestContextChanges.listen(db);
  if (changes === undefined) throw new Error('expected a listener on PostgreSQL');
  listeners.push(changes);
  await vi.waitFor(() => expect(changes.fresh).toBe(true));
  return changes;
}

const NOW = '2026-12-06T09:00:00.000Z';

describe.runIf(process.env['TEST_ENGINE'] !== 'postgres')('on SQLite', () => {
  it('has no listener: every request reads its context', async () => {
    const db = await miniStore();
    expect(await RequestContextChanges.listen(db)).toBeUndefined();
  });
});

describe.runIf(process.env['TEST_ENGINE'] === 'postgres')('on PostgreSQL', () => {
  it('hears every committed statement on the tables contexts are read from', async () => {
    const db = await miniStore();
    const changes = await listenOn(db);
    const statements: [string, () => Promise<unknown>][] = [
      [
        'app_user',
        () =>
          sql`insert into app_user (email, name, password_hash, created_at,
        updated_at) values ('ann@example.org', 'Ann', 'x', ${NOW}, ${NOW})`.execute(db),
      ],
      [
        'role_grant',
        () =>
          sql`insert into role_grant (user_id, programme_id, role, partner_id,
        strand_ids, created_at) select id, 'mini', 'board', null, '[]', ${NOW} from app_user`.execute(
            db,
          ),
      ],
      [
        'installation_admin',
        () =>
          sql`insert into installation_admin (user_id, granted_at)
        select id, ${NOW} from app_user`.execute(db),
      ],
      [
        'api_token',
        () =>
          sql`insert into api_token (user_id, name, token_hash, prefix,
        created_at) select id, 'bench', 'hash-1', 'abc', ${NOW} from app_user`.execute(db),
      ],
      [
        'session',
        () =>
          sql`insert into session (id, user_id, csrf_token, created_at,
        last_seen_at, expires_at) select 'session-1', id, 'csrf', ${NOW}, ${NOW}, ${NOW}
        from app_user`.execute(db),
      ],
      // Every input write bumps its programme's row in the same transaction.
      [
        'programme (a figure)',
        () => sql`update baseline set value = value where programme_id = 'mini'`.execute(db),
      ],
      ['session deleted', () => sql`delete from session`.execute(db)],
    ];
    for (const [table, run] of statements) {
      const before = changes.generation;
      await run();
      // Once the barrier is back, every change committed before it has been handled.
      await changes.barrier();
      expect(changes.generation, table).toBeGreaterThan(before);
    }
  });

  it('hears no idle-clock refresh, and every other change to a credential', async () => {
    // Migration 2026-12-07T0200: last_seen_at (a session) and last_used_at (a token) alone are
    // the clocks every request refreshes; anything else about a credential still notifies.
    const db = await miniStore();
    await sql`insert into app_user (email, name, password_hash, created_at, updated_at)
      values ('clock@example.org', 'Clock', 'x', ${NOW}, ${NOW})`.execute(db);
    await sql`insert into session (id, user_id, csrf_token, created_at, last_seen_at, expires_at)
      select 'session-1', id, 'csrf', ${NOW}, ${NOW}, '2026-12-07T09:00:00.000Z'
      from app_user`.execute(db);
    await sql`insert into api_token (user_id, name, token_hash, prefix, created_at)
      select id, 'bench', 'hash-1', 'abc', ${NOW} from app_user`.execute(db);
    const changes = await listenOn(db);
    const LATER = '2026-12-06T09:05:00.000Z';
    const heard = async (run: () => Promise<unknown>): Promise<boolean> => {
      const before = changes.generation;
      await run();
      await changes.barrier();
      return changes.generation > before;
    };

    expect(await heard(() => sql`update session set last_seen_at = ${LATER}`.execute(db))).toBe(
      false,
    );
    expect(await heard(() => sql`update api_token set last_used_at = ${LATER}`.execute(db))).toBe(
      false,
    );
    // The clock and something else in one statement: heard.
    expect(
      await heard(() =>
        sql`update session set last_seen_at = ${NOW}, csrf_token = 'new'`.execute(db),
      ),
    ).toBe(true);
    expect(await heard(() => sql`update session set expires_at = ${LATER}`.execute(db))).toBe(true);
    expect(await heard(() => sql`update api_token set revoked_at = ${LATER}`.execute(db))).toBe(
      true,
    );
    expect(await heard(() => sql`delete from session`.execute(db))).toBe(true);
    expect(await heard(() => sql`delete from api_token`.execute(db))).toBe(true);
  });

  it('hears nothing from a transaction that rolled back', async () => {
    const db = await miniStore();
    const changes = await listenOn(db);
    const before = changes.generation;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update programme set name = 'Renamed' where id = 'mini'`.execute(trx);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await changes.barrier();
    expect(changes.generation).toBe(before);
  });

  it('hears only its own schema: installations sharing a database do not wake each other', async () => {
    const first = await miniStore();
    const second = await miniStore();
    const hearsFirst = await listenOn(first);
    const hearsSecond = await listenOn(second);
    const before = { first: hearsFirst.generation, second: hearsSecond.generation };
    await sql`update programme set name = 'Renamed' where id = 'mini'`.execute(first);
    await hearsFirst.barrier();
    await hearsSecond.barrier();
    expect(hearsFirst.generation).toBeGreaterThan(before.first);
    expect(hearsSecond.generation).toBe(before.second);
  });

  it('is fresh only while its heartbeats come back', async () => {
    const db = await miniStore();
    const changes = await listenOn(db);
    const stalled = await RequestContextChanges.listen(db, { heartbeatEveryMs: 3_600_000 });
    listeners.push(stalled!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stalled!.fresh).toBe(false);
    expect(changes.fresh).toBe(true);
    await changes.close();
    expect(changes.fresh).toBe(false);
  });

  it('refuses timings that could let a write be missed', async () => {
    const db = await miniStore();
    await expect(
      RequestContextChanges.listen(db, { freshForMs: 500, barrierTimeoutMs: 500 }),
    ).rejects.toThrow('barrierTimeoutMs must exceed freshForMs');
  });
});

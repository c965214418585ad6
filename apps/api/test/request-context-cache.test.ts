// Request contexts kept in memory (issue 19). On PostgreSQL a server keeps the context it read for
// a credential, and uses it only while its change listener is fresh; every kept context is dropped
// at the first change notification, and a write's answer waits until every listening server has
// handled it (packages/db/src/accounts/request-context-changes.ts says why that is exact). On
// SQLite each request reads the connection's change marker instead of its context, and every kept
// context is dropped when the marker moved: a change by anyone is seen by the very next request.
//
// Two apps on one store stand for two servers behind a load balancer (two-processes.test.ts runs
// the real server twice); the tiny programme (test/fixtures/tiny) is read.
import { performance } from 'node:perf_hooks';
import { createDb, loadPack, migrateToLatest, requestContextChannels, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import {
  authHeaders,
  createTestUser,
  queryCounter,
  signIn,
  tinyPackDir,
  UNHURRIED_CONTEXT_CHANGES,
  type Credentials,
} from './helpers.js';

const SUMMARY = '/api/programmes/tiny/summary?asOf=2014-01-31';

let store: TestDatabase;
/** The test's own handle on the store, for changes made outside any server. */
let db: Db;
const apps: FastifyInstance[] = [];
const handles: Db[] = [];
const counter = queryCounter();
const counting = counter.plugin;

/** Another server on the store: its own connection pool, its own listener (counted queries). */
async function startServer(options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const handle = createDb(store.location);
  handles.push(handle);
  const app = await buildApp({
    ...options,
    db: handle.withPlugin(counting),
    auth: { cookieSecure: false, writeRateLimitPerMinute: 10_000 },
  });
  await app.ready();
  apps.push(app);
  return app;
}

async function get(app: FastifyInstance, url: string, credentials: Credentials) {
  const before = counter.count();
  const res = await app.inject({ method: 'GET', url, headers: authHeaders(credentials) });
  return { status: res.statusCode, queries: counter.count() - before };
}

/** Waits until the app may use what it keeps (its listener has answered a recent heartbeat). */
const untilUsable = (app: FastifyInstance) =>
  vi.waitFor(() => expect(app.requestContexts.usable).toBe(true));

beforeAll(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
});

afterAll(async () => {
  for (const app of apps) await app.close();
  for (const handle of handles) await handle.destroy();
  await db.destroy();
  await store.drop();
});

/** What one GET asked the store: each query's result columns (the marker: own and others). */
async function asked(app: FastifyInstance, url: string, credentials: Credentials) {
  const before = counter.columns().length;
  const res = await app.inject({ method: 'GET', url, headers: authHeaders(credentials) });
  return { status: res.statusCode, queries: counter.columns().slice(before) };
}

const MARKER = ['own', 'others'];

/**
 * The first read evaluates and notes the credential's use (a write: the marker moves); the second
 * reads the context again under the new marker and keeps it.
 */
async function warm(app: FastifyInstance, credentials: Credentials): Promise<void> {
  for (let i = 0; i < 2; i += 1) expect((await asked(app, SUMMARY, credentials)).status).toBe(200);
}

describe.runIf(process.env['TEST_ENGINE'] !== 'postgres')('on SQLite', () => {
  it('answers a repeated read with the change marker alone, not the context query', async () => {
    const app = await startServer();
    const { token } = await createTestUser(db, {
      email: 'sqlite.board@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    expect(app.requestContexts.enabled).toBe(true);
    // Kept contexts are never used without asking the file: each use reads the marker.
    expect(app.requestContexts.usable).toBe(false);
    await warm(app, { token });
    expect(await asked(app, SUMMARY, { token })).toEqual({ status: 200, queries: [MARKER] });
  });

  it('sees a change committed on another connection at the very next request', async () => {
    const app = await startServer();
    const { token } = await createTestUser(db, {
      email: 'sqlite.elsewhere@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    await warm(app, { token });
    expect(await asked(app, SUMMARY, { token })).toEqual({ status: 200, queries: [MARKER] });

    // Revoked through the test's own connection (a SQL shell, another process): no notice given.
    await sql`update api_token set revoked_at = ${new Date().toISOString()}
      where user_id = (select id from app_user where email = 'sqlite.elsewhere@test.local')`.execute(
      db,
    );
    const after = await asked(app, SUMMARY, { token });
    expect(after.status).toBe(401);
    expect(after.queries[0]).toEqual(MARKER);
    expect(after.queries.length).toBe(2);
  });

  it("sees a change committed on the server's own connection at the very next request", async () => {
    const app = await startServer();
    const { token } = await createTestUser(db, {
      email: 'sqlite.own@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    await warm(app, { token });
    expect(await asked(app, SUMMARY, { token })).toEqual({ status: 200, queries: [MARKER] });
    // The grant withdrawn on the connection the server reads with (app.db shares it): its own
    // row changes count.
    await sql`delete from role_grant
      where user_id = (select id from app_user where email = 'sqlite.own@test.local')`.execute(
      app.db,
    );
    expect((await asked(app, SUMMARY, { token })).status).toBe(403);
  });

  it('serves a sign-out through one server from the other at once, with no barrier', async () => {
    const a = await startServer();
    const b = await startServer();
    await createTestUser(db, {
      email: 'sqlite.two@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const session = await signIn(a, 'sqlite.two@test.local');
    const credentials = { cookie: session.cookie, csrfToken: session.csrfToken };
    await warm(b, credentials);
    expect(await asked(b, SUMMARY, credentials)).toEqual({ status: 200, queries: [MARKER] });
    const out = await a.inject({
      method: 'POST',
      url: '/api/logout',
      headers: authHeaders(credentials),
    });
    expect(out.statusCode).toBe(204);
    expect((await asked(b, SUMMARY, credentials)).status).toBe(401);
  });

  it('reads every context from the file when keeping is switched off', async () => {
    const app = await startServer({ requestContexts: { enabled: false } });
    const { token } = await createTestUser(db, {
      email: 'sqlite.off@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    expect(app.requestContexts.enabled).toBe(false);
    for (let i = 0; i < 3; i += 1) {
      const { status, queries } = await asked(app, SUMMARY, { token });
      expect(status).toBe(200);
      expect(queries.length).toBeGreaterThanOrEqual(1);
      expect(queries).not.toContainEqual(MARKER);
    }
  });
});

describe.runIf(process.env['TEST_ENGINE'] === 'postgres')('on PostgreSQL', () => {
  /** A server whose kept contexts stay usable through a slow read (see UNHURRIED_CONTEXT_CHANGES). */
  const startCountedServer = () =>
    startServer({ requestContexts: { changes: UNHURRIED_CONTEXT_CHANGES } });

  it('answers a repeated read with no query, and a change made in SQL once it is handled', async () => {
    const app = await startCountedServer();
    const { token } = await createTestUser(db, {
      email: 'sql.change@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    expect((await get(app, SUMMARY, { token })).status).toBe(200);
    await app.requestContexts.settle();
    await untilUsable(app);
    expect((await get(app, SUMMARY, { token })).status).toBe(200);
    expect(await get(app, SUMMARY, { token })).toEqual({ status: 200, queries: 0 });

    // Revoked in a SQL shell, not through any server: the trigger tells every listener.
    await sql`update api_token set revoked_at = ${new Date().toISOString()}
      where user_id = (select id from app_user where email = 'sql.change@test.local')`.execute(db);
    await app.requestContexts.settle();
    expect(await get(app, SUMMARY, { token })).toEqual({ status: 401, queries: 1 });
  });

  it('serves a change committed through one server from the other at once', async () => {
    const a = await startCountedServer();
    const b = await startCountedServer();
    await createTestUser(db, {
      email: 'two.servers@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const session = await signIn(a, 'two.servers@test.local');
    const credentials = { cookie: session.cookie, csrfToken: session.csrfToken };
    await untilUsable(b);
    expect((await get(b, SUMMARY, credentials)).status).toBe(200);
    expect(await get(b, SUMMARY, credentials)).toEqual({ status: 200, queries: 0 });

    // Signing out through A answers only once B has dropped what it kept: B's very next read
    // finds no session. No wait between the two requests.
    const out = await a.inject({
      method: 'POST',
      url: '/api/logout',
      headers: authHeaders(credentials),
    });
    expect(out.statusCode).toBe(204);
    expect(await get(b, SUMMARY, credentials)).toEqual({ status: 401, queries: 1 });
  });

  it("keeps contexts through idle-clock refreshes, and ends a session only on the store's clock", async () => {
    // The idle limit is 30 minutes and the clock is refreshed at most once a minute. Refreshes
    // notify nobody (migration 2026-12-07T0200), so B's kept context falls behind A's refreshes.
    const a = await startCountedServer();
    const b = await startCountedServer();
    const user = await createTestUser(db, {
      email: 'idle.clock@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const session = await signIn(a, 'idle.clock@test.local');
    const signedInAt = Date.now();
    const credentials = { cookie: session.cookie, csrfToken: session.csrfToken };
    /** The store's idle clock, in whole minutes after signing in (the fake clock still ticks). */
    const lastSeen = async () => {
      const row = await db
        .selectFrom('session')
        .select('last_seen_at')
        .where('user_id', '=', user.id)
        .executeTakeFirst();
      return row && Math.floor((Date.parse(row.last_seen_at) - signedInAt) / 60_000);
    };
    await untilUsable(b);
    expect((await get(b, SUMMARY, credentials)).status).toBe(200);
    expect(await get(b, SUMMARY, credentials)).toEqual({ status: 200, queries: 0 });

    const at = (minutes: number) => signedInAt + minutes * 60_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // 20 minutes on, A refreshes the clock; B drops nothing for it. B's own context says the
      // clock is due too: B's read is its own refresh alone (a write: no columns), no context read.
      vi.setSystemTime(at(20));
      expect((await get(a, SUMMARY, credentials)).status).toBe(200);
      await a.requestContexts.settle();
      await untilUsable(b);
      expect(await asked(b, SUMMARY, credentials)).toEqual({ status: 200, queries: [[]] });
      // B hands out its own refresh from then on: nothing more to write or read.
      expect(await get(b, SUMMARY, credentials)).toEqual({ status: 200, queries: 0 });

      // 40 minutes on, A refreshes again; B still holds 20 minutes.
      vi.setSystemTime(at(40));
      expect((await get(a, SUMMARY, credentials)).status).toBe(200);
      expect(await lastSeen()).toBe(40);

      // 55 minutes on, B's own clock says 35 minutes idle, past the limit; the store says 15. B
      // reads the session afresh, keeps it and refreshes it.
      vi.setSystemTime(at(55));
      await untilUsable(b);
      expect((await get(b, SUMMARY, credentials)).status).toBe(200);
      expect(await lastSeen()).toBe(55);

      // 90 minutes on, 35 minutes idle by the store too: ended, and the row is gone.
      vi.setSystemTime(at(90));
      expect((await get(b, SUMMARY, credentials)).status).toBe(401);
      expect(await lastSeen()).toBeUndefined();
      expect((await get(a, SUMMARY, credentials)).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads every context from the store while the listener has no fresh heartbeat', async () => {
    // A heartbeat an hour apart: never fresh, as when the process or its connection stalls.
    const app = await startServer({
      requestContexts: { changes: { heartbeatEveryMs: 3_600_000 } },
    });
    const { token } = await createTestUser(db, {
      email: 'stalled@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    expect(app.requestContexts.enabled).toBe(true);
    for (let i = 0; i < 3; i += 1) {
      expect(app.requestContexts.usable).toBe(false);
      expect((await get(app, SUMMARY, { token })).queries).toBeGreaterThanOrEqual(1);
    }
  });

  it('waits for a listener that does not answer no longer than the barrier timeout', async () => {
    const app = await startServer();
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    const channels = requestContextChannels(rows[0]!.schema);
    // Counted as a listener (its application_name), but it never acknowledges anything.
    const silent = new pg.Client({ connectionString: store.location });
    await silent.connect();
    try {
      const answered = performance.now();
      await app.requestContexts.settle();
      const withAnswers = performance.now() - answered;

      await silent.query("select set_config('application_name', $1, false)", [channels.listener]);
      const started = performance.now();
      await app.requestContexts.settle();
      const waited = performance.now() - started;
      // The default timeout is 500 ms: the writer answers then, and not before.
      expect(waited).toBeGreaterThanOrEqual(490);
      expect(waited).toBeLessThan(5_000);
      expect(withAnswers).toBeLessThan(waited);
    } finally {
      await silent.end();
    }
  });
});

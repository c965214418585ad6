// A cached programme read makes one query on SQLite: the connection's change marker, which says
// the context kept for the credential (its user, the user's grants and the programme's data stamp,
// read together by loadRequestContext) still holds. On PostgreSQL it makes none: the server keeps
// that context while its change listener is fresh (request-context-cache.test.ts shows when it
// may not, and that a change is seen at once on both engines).
// Counted with a Kysely plugin on the app's connection: its transformResult hook runs once for
// every query executed, including queries compiled once and run again.
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app.js';
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
let db: Db;
let app: FastifyInstance;
let token: string;
const counter = queryCounter();
const counting = counter.plugin;

/** Queries a cached read makes: the change marker on SQLite, none on PostgreSQL. */
const queriesPerHit = () => (store.engine === 'postgres' ? 0 : 1);

/** The status of one GET and how many queries the app made for it. */
async function countedGet(url: string, credentials: Credentials) {
  // PostgreSQL: kept contexts are used only once the change listener has a fresh heartbeat.
  await vi.waitFor(() => expect(app.requestContexts.usable).toBe(store.engine === 'postgres'));
  const before = counter.count();
  const res = await app.inject({ method: 'GET', url, headers: authHeaders(credentials) });
  return { status: res.statusCode, queries: counter.count() - before };
}

beforeAll(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  app = await buildApp({
    db: db.withPlugin(counting),
    auth: { cookieSecure: false },
    requestContexts: { changes: UNHURRIED_CONTEXT_CHANGES },
  });
  await app.ready();
  ({ token } = await createTestUser(db, {
    email: 'board@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'board' }],
  }));
});

afterAll(async () => {
  await app.close();
  await db.destroy();
  await store.drop();
});

describe('one round trip per cached read', () => {
  it('with an API token', async () => {
    // The first read evaluates (and notes the token's use: on PostgreSQL a change, which drops
    // the contexts kept); the next is served from the response cache, and keeps the context
    // (PostgreSQL) for the one after.
    expect((await countedGet(SUMMARY, { token })).status).toBe(200);
    await app.requestContexts.settle();
    expect((await countedGet(SUMMARY, { token })).status).toBe(200);
    expect(await countedGet(SUMMARY, { token })).toEqual({
      status: 200,
      queries: queriesPerHit(),
    });
  });

  it('with a browser session', async () => {
    const session = await signIn(app, 'board@test.local');
    const credentials = { cookie: session.cookie, csrfToken: null };
    expect((await countedGet(SUMMARY, credentials)).status).toBe(200);
    await app.requestContexts.settle();
    expect((await countedGet(SUMMARY, credentials)).status).toBe(200);
    expect(await countedGet(SUMMARY, credentials)).toEqual({
      status: 200,
      queries: queriesPerHit(),
    });
  });

  it('answers an unknown programme and a refused credential from the context query alone', async () => {
    // Nothing is kept for them, so the context query runs; on SQLite after the change marker.
    const firstTime = store.engine === 'postgres' ? 1 : 2;
    expect(await countedGet('/api/programmes/nowhere/summary', { token })).toEqual({
      status: 404,
      queries: firstTime,
    });
    expect(await countedGet(SUMMARY, { token: 'x'.repeat(40) })).toEqual({
      status: 401,
      queries: firstTime,
    });
  });
});

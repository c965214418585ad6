// Conditional requests on the programme reads: every JSON answer carries a strong ETag and
// `Cache-Control: private, no-cache`; If-None-Match with the current tag answers 304 with no body
// and no evaluation, on any server of the store (here a second app on a second connection, with
// empty caches, as a second process behind a load balancer); a write, another date or another
// scope changes the tag; a 304 never skips authentication or a download's role check.
import {
  announceChanges,
  createDb,
  loadPack,
  migrateToLatest,
  recordSubmission,
  SYSTEM_ACTOR,
  type Db,
} from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { CACHED_ROUTES } from '../src/plugins/programme-response-cache.js';
import { evaluationCacheOf } from '../src/services/evaluation-cache.js';
import { authHeaders, createTestUser, signIn, tinyPackDir, type Credentials } from './helpers.js';

const AS_OF = 'asOf=2014-01-31';
const SUMMARY = `/api/programmes/tiny/summary?${AS_OF}`;

/** One URL per cached route of the tiny pack (strand "safety", metric "incidents", October 2013). */
const READS = [...CACHED_ROUTES].map(
  (route) =>
    route
      .replace(':programmeId', 'tiny')
      .replace(':strandId', 'safety')
      .replace(':metricId', 'incidents')
      .replace(':periodStart', '2013-10-01') + `?${AS_OF}`,
);

let store: TestDatabase;
let db: Db;
/** A second connection to the same store: the second server's. */
let otherDb: Db;
let app: FastifyInstance;
let other: FastifyInstance;
let board: string;
let board2: string;
let officer: string;

const get = (
  server: FastifyInstance,
  url: string,
  credentials: Credentials | null,
  headers: Record<string, string> = {},
) => server.inject({ method: 'GET', url, headers: { ...authHeaders(credentials), ...headers } });

beforeAll(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  otherDb = createDb(store.location);
  app = await buildApp({ db, auth: { cookieSecure: false, writeRateLimitPerMinute: 10_000 } });
  other = await buildApp({
    db: otherDb,
    auth: { cookieSecure: false, writeRateLimitPerMinute: 10_000 },
  });
  await Promise.all([app.ready(), other.ready()]);
  const tiny = { programmeId: 'tiny' };
  board = (
    await createTestUser(db, { ...tiny, email: 'b1@test.local', roles: [{ role: 'board' }] })
  ).token;
  board2 = (
    await createTestUser(db, { ...tiny, email: 'b2@test.local', roles: [{ role: 'board' }] })
  ).token;
  officer = (
    await createTestUser(db, {
      ...tiny,
      email: 'officer@test.local',
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    })
  ).token;
});

afterAll(async () => {
  await Promise.all([app.close(), other.close()]);
  await otherDb.destroy();
  await db.destroy();
  await store.drop();
});

describe('conditional programme reads', () => {
  it('tags every cached read and lets the browser keep it only to revalidate', async () => {
    for (const url of READS) {
      const res = await get(app, url, { token: board });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['etag'], url).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
      expect(res.headers['cache-control'], url).toBe('private, no-cache');
      // Served again from the response cache: the same tag.
      const again = await get(app, url, { token: board });
      expect(again.headers['etag'], url).toBe(res.headers['etag']);
    }
    // Other API answers are still never kept.
    expect((await get(app, '/api/me', { token: board })).headers['cache-control']).toBe('no-store');
  });

  it('answers 304 without evaluating, on a server that never computed the answer', async () => {
    const first = await get(app, SUMMARY, { token: board });
    const etag = String(first.headers['etag']);
    const evaluations = evaluationCacheOf(otherDb).computations;
    const res = await get(other, SUMMARY, { token: board }, { 'if-none-match': etag });
    expect(res.statusCode).toBe(304);
    expect(res.body).toBe('');
    expect(res.headers['etag']).toBe(etag);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(evaluationCacheOf(otherDb).computations).toBe(evaluations);
    // A list of tags, or a weak form of ours, matches too (If-None-Match compares weakly).
    const listed = await get(
      other,
      SUMMARY,
      { token: board },
      {
        'if-none-match': `"nope", W/${etag}`,
      },
    );
    expect(listed.statusCode).toBe(304);
    // A tag that is not current gets the full answer, which does evaluate.
    const stale = await get(other, SUMMARY, { token: board }, { 'if-none-match': '"stale"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(first.body);
    expect(evaluationCacheOf(otherDb).computations).toBe(evaluations + 1);
  });

  it('works for a browser session as well as an API token', async () => {
    const session = await signIn(app, 'b1@test.local');
    const credentials = { cookie: session.cookie, csrfToken: null };
    const first = await get(app, SUMMARY, credentials);
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers['etag']);
    expect((await get(other, SUMMARY, credentials, { 'if-none-match': etag })).statusCode).toBe(
      304,
    );
  });

  it('gives users of the same scope one tag and users of different scopes different tags', async () => {
    const a = await get(app, SUMMARY, { token: board });
    const b = await get(app, SUMMARY, { token: board2 });
    const c = await get(app, SUMMARY, { token: officer });
    expect(b.headers['etag']).toBe(a.headers['etag']);
    expect(c.statusCode).toBe(200);
    expect(c.headers['etag']).not.toBe(a.headers['etag']);
    const crossed = await get(
      app,
      SUMMARY,
      { token: officer },
      {
        'if-none-match': String(a.headers['etag']),
      },
    );
    expect(crossed.statusCode).toBe(200);
  });

  it('changes the tag with the parameters and after a write through the other server', async () => {
    const a = await get(app, SUMMARY, { token: board });
    const otherDate = await get(app, '/api/programmes/tiny/summary?asOf=2013-12-31', {
      token: board,
    });
    expect(otherDate.headers['etag']).not.toBe(a.headers['etag']);
    await recordSubmission(otherDb, {
      programmeId: 'tiny',
      source: 'form',
      actor: SYSTEM_ACTOR,
      partnerId: 'police',
      rows: [{ row: 1, metricId: 'incidents', periodStart: '2013-10-01', value: 90, note: null }],
      at: '2014-01-31T09:00:00.000Z',
    });
    // As the other server does before it answers: every server has handled the write.
    await announceChanges(otherDb);
    const after = await get(
      app,
      SUMMARY,
      { token: board },
      {
        'if-none-match': String(a.headers['etag']),
      },
    );
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(a.headers['etag']);
    expect(after.json().totals.missingReturns).toBe(0);
  });

  it('never lets a tag skip authentication or a download role', async () => {
    const a = await get(app, SUMMARY, { token: board });
    const etag = String(a.headers['etag']);
    expect((await get(app, SUMMARY, null, { 'if-none-match': etag })).statusCode).toBe(401);
    expect((await get(app, SUMMARY, null, { 'if-none-match': '*' })).statusCode).toBe(401);
    // The ledger as CSV needs the finance role: a board member's "*" still gets 403.
    const csv = `/api/programmes/tiny/benefits?${AS_OF}&format=csv`;
    const refused = await get(app, csv, { token: board }, { 'if-none-match': '*' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['etag']).toBeUndefined();
  });
});

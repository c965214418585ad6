// The response cache's fast path (issue 19): a hit is answered as soon as the credential, grants
// and data stamp are read, before parameter validation and the preHandler hooks. It must keep
// every check those would make: a member only (a user whose role is taken away is refused at
// once, though the answer is cached), a live credential (a disabled account is refused), the
// current stamp (a write shows on the next read), and only URLs that earned a 200 (a bad
// parameter is still a 400, however often it is asked).
import {
  announceChanges,
  recordSubmission,
  replaceRoleGrants,
  setUserDisabledAt,
  SYSTEM_ACTOR,
} from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, tinyPackDir, startTestApp, type TestApp } from './helpers.js';

const SUMMARY = '/api/programmes/tiny/summary?asOf=2014-01-31';

let t: TestApp;
let member: { id: number; token: string };

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  member = await createTestUser(t.db, {
    email: 'member@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'board' }],
  });
});
afterAll(async () => t.close());

const get = (url: string, token: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

describe('a cached read answered early', () => {
  it('is the same answer, tag and headers as the first', async () => {
    const first = await get(SUMMARY, member.token);
    const hit = await get(SUMMARY, member.token);
    expect(hit.statusCode).toBe(200);
    expect(hit.body).toBe(first.body);
    expect(hit.headers['etag']).toBe(first.headers['etag']);
    expect(hit.headers['content-type']).toBe(first.headers['content-type']);
    expect(hit.headers['cache-control']).toBe('private, no-cache');
    expect(hit.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    const notModified = await get(SUMMARY, member.token, {
      'if-none-match': String(first.headers['etag']),
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
  });

  it('still refuses a bad parameter, every time', async () => {
    const bad = '/api/programmes/tiny/summary?asOf=2014-02-31';
    expect((await get(bad, member.token)).statusCode).toBe(400);
    expect((await get(bad, member.token)).statusCode).toBe(400);
  });

  it('shows a write on the next read', async () => {
    const before = await get(SUMMARY, member.token);
    await recordSubmission(t.db, {
      programmeId: 'tiny',
      source: 'form',
      actor: SYSTEM_ACTOR,
      partnerId: 'police',
      rows: [{ row: 1, metricId: 'incidents', periodStart: '2013-10-01', value: 90, note: null }],
      at: '2014-01-31T09:00:00.000Z',
    });
    await announceChanges(t.db);
    const after = await get(SUMMARY, member.token);
    expect(after.statusCode).toBe(200);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.body).not.toBe(before.body);
  });

  it('refuses a user whose role was taken away, and a disabled account', async () => {
    expect((await get(SUMMARY, t.boardToken)).statusCode).toBe(200);
    expect((await get(SUMMARY, member.token)).statusCode).toBe(200);
    const at = new Date().toISOString();
    await replaceRoleGrants(t.db, member.id, 'tiny', [], at);
    // As a server does after a write: every server has handled it before the next request.
    await announceChanges(t.db);
    const refused = await get(SUMMARY, member.token);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['etag']).toBeUndefined();
    // Another member still gets the cached answer.
    expect((await get(SUMMARY, t.boardToken)).statusCode).toBe(200);
    await replaceRoleGrants(
      t.db,
      member.id,
      'tiny',
      [{ role: 'board', partnerId: null, strandIds: [] }],
      at,
    );
    await announceChanges(t.db);
    expect((await get(SUMMARY, member.token)).statusCode).toBe(200);
    await setUserDisabledAt(t.db, member.id, at, at);
    await announceChanges(t.db);
    expect((await get(SUMMARY, member.token)).statusCode).toBe(401);
  });
});

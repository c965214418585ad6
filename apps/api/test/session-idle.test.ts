// Idle expiry with a short limit: last_seen_at is refreshed well inside the idle limit, so an
// active user is never signed out, and an idle one still is. The clock is injected (resumeSession
// takes `now`), so the test walks through minutes without waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  resumeSession,
  sessionState,
  startSession,
  touchInterval,
} from '../src/services/accounts/sessions.js';
import { createTestUser, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const ONE_MINUTE = { sessionIdleMinutes: 1, sessionMaxHours: 12 };
const T0 = Date.parse('2026-12-04T09:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

let t: TestApp;
let userId: number;

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  userId = (
    await createTestUser(t.db, {
      email: 'idle@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    })
  ).id;
});
afterAll(async () => t.close());

const client = { ip: '127.0.0.1', userAgent: 'test' };

describe('touchInterval', () => {
  it('is a quarter of the idle limit, at most a minute', () => {
    expect(touchInterval(60_000)).toBe(15_000); // SESSION_IDLE_MINUTES=1
    expect(touchInterval(2 * 60_000)).toBe(30_000);
    expect(touchInterval(30 * 60_000)).toBe(60_000); // the default 30 minutes: capped
  });
});

describe('sessionState', () => {
  // A session last seen at T0 that ends absolutely an hour later; a 1-minute idle limit, so the
  // clock is due again 15 s after it was written.
  const session = {
    lastSeenAt: at(0).toISOString(),
    expiresAt: at(3600).toISOString(),
  };
  it.each([
    [14, 'live'], // inside the touch interval
    [15, 'due'], // a quarter of the idle limit
    [59, 'due'],
    [60, 'ended'], // idle for the whole limit
  ] as const)('%s seconds after the last request: %s', (seconds, state) => {
    expect(sessionState(session, ONE_MINUTE, at(seconds))).toBe(state);
  });
  it('ends at its absolute end however recently it was used', () => {
    const busy = { lastSeenAt: at(3599).toISOString(), expiresAt: at(3600).toISOString() };
    expect(sessionState(busy, ONE_MINUTE, at(3600))).toBe('ended');
  });
});

describe('a 1-minute idle limit', () => {
  it('keeps a user who makes a request every 20 seconds signed in for ten minutes', async () => {
    const session = await startSession(t.db, userId, ONE_MINUTE, client, at(0));
    for (let s = 20; s <= 600; s += 20) {
      const resumed = await resumeSession(t.db, session.token, ONE_MINUTE, at(s));
      expect(resumed, `request at ${s} s`).not.toBeNull();
    }
  });

  it('keeps a user whose requests are 50 seconds apart signed in', async () => {
    const session = await startSession(t.db, userId, ONE_MINUTE, client, at(0));
    for (let s = 50; s <= 500; s += 50) {
      expect(await resumeSession(t.db, session.token, ONE_MINUTE, at(s)), `${s} s`).not.toBeNull();
    }
  });

  it('still signs out a user idle for a minute, and removes the session', async () => {
    const session = await startSession(t.db, userId, ONE_MINUTE, client, at(0));
    expect(await resumeSession(t.db, session.token, ONE_MINUTE, at(30))).not.toBeNull();
    expect(await resumeSession(t.db, session.token, ONE_MINUTE, at(90))).toBeNull();
    const rows = await t.db
      .selectFrom('session')
      .select('id')
      .where('id', '=', session.sessionId)
      .execute();
    expect(rows).toEqual([]);
  });
});

// Browser sessions: a random secret in an HttpOnly cookie, its hash in the store.
import {
  deleteSession,
  deleteStaleSessions,
  findSession,
  insertSession,
  touchSession,
  type Db,
  type SessionRow,
} from '@outcomes/db';
import type { AuthOptions } from '../../lib/auth-options.js';
import { newSecret, sha256Hex } from './secrets.js';

/** At most this long between writes of last_seen_at: not on every request. */
const MAX_TOUCH_EVERY_MS = 60_000;

/**
 * How stale last_seen_at may grow before a request writes it again: a quarter of the idle limit,
 * at most a minute. Written only once a minute, a 1-minute idle limit would sign out a user who
 * is active (their last write could be 59 s old when the limit is checked); a quarter leaves
 * three quarters of the limit as the real idle time however the requests fall.
 */
export function touchInterval(idleLimitMs: number): number {
  return Math.min(MAX_TOUCH_EVERY_MS, idleLimitMs / 4);
}

export interface StartedSession {
  /** The cookie's value; only its hash is stored. */
  token: string;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(
  db: Db,
  userId: number,
  options: Pick<AuthOptions, 'sessionMaxHours' | 'sessionIdleMinutes'>,
  client: { ip: string | null; userAgent: string | null },
  now: Date = new Date(),
): Promise<StartedSession> {
  const token = newSecret();
  const sessionId = sha256Hex(token);
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + options.sessionMaxHours * 3_600_000);
  // Housekeeping at sign-in keeps the table small without a scheduler.
  await deleteStaleSessions(
    db,
    now.toISOString(),
    new Date(now.getTime() - options.sessionIdleMinutes * 60_000).toISOString(),
  );
  await insertSession(db, {
    id: sessionId,
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 500) ?? null,
  });
  return { token, sessionId, csrfToken, expiresAt };
}

/**
 * The live session for a cookie's value, refreshing its idle clock; null (and the row deleted)
 * when it has expired, idled out or never existed.
 */
export async function resumeSession(
  db: Db,
  token: string,
  options: Pick<AuthOptions, 'sessionIdleMinutes'>,
  now: Date = new Date(),
): Promise<SessionRow | null> {
  const session = await findSession(db, sha256Hex(token));
  if (!session) return null;
  const state = await keepSessionAlive(
    db,
    { id: session.id, lastSeenAt: session.last_seen_at, expiresAt: session.expires_at },
    options,
    now,
  );
  return state === 'ended' ? null : session;
}

/** A session's clocks, as its row (or a kept request context) holds them. */
export interface SessionClocks {
  lastSeenAt: string;
  expiresAt: string;
}

/**
 * What a session's clocks say at `now`: 'ended' once past its absolute end or idle for the idle
 * limit, 'due' when its idle clock should be written again (touchInterval), else 'live'.
 */
export function sessionState(
  session: SessionClocks,
  options: Pick<AuthOptions, 'sessionIdleMinutes'>,
  now: Date,
): 'ended' | 'due' | 'live' {
  const lastSeen = Date.parse(session.lastSeenAt);
  const idleLimit = options.sessionIdleMinutes * 60_000;
  if (Date.parse(session.expiresAt) <= now.getTime() || now.getTime() - lastSeen >= idleLimit) {
    return 'ended';
  }
  return now.getTime() - lastSeen >= touchInterval(idleLimit) ? 'due' : 'live';
}

/**
 * Acts on a found session's state: 'ended' deletes the row; 'due' refreshes its idle clock (at
 * most once a minute) and answers 'touched'; 'live' writes nothing.
 */
export async function keepSessionAlive(
  db: Db,
  session: SessionClocks & { id: string },
  options: Pick<AuthOptions, 'sessionIdleMinutes'>,
  now: Date = new Date(),
): Promise<'ended' | 'touched' | 'live'> {
  const state = sessionState(session, options, now);
  if (state === 'ended') {
    await deleteSession(db, session.id);
    return 'ended';
  }
  if (state === 'due') {
    await touchSession(db, session.id, now.toISOString());
    return 'touched';
  }
  return 'live';
}

// Sign-in, sessions, API tokens, CSRF and password rules, through the HTTP API.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../src/services/accounts/secrets.js';
import {
  createTestUser,
  injectAs,
  signIn,
  startTestApp,
  storeChecksum,
  TEST_PASSWORD,
  tinyPackDir,
  type TestApp,
  type TestUser,
} from './helpers.js';

let t: TestApp;
let counter = 0;

async function newUser(roles: Parameters<typeof createTestUser>[1]['roles'] = [{ role: 'board' }]) {
  return createTestUser(t.db, {
    email: `person-${++counter}@test.local`,
    programmeId: 'tiny',
    roles,
  });
}

beforeAll(async () => {
  t = await startTestApp([tinyPackDir], {
    auth: { loginMaxFailuresPerAccount: 3, loginMaxFailuresPerAddress: 8 },
  });
});
afterAll(async () => t.close());

/** A request from its own client address, so the per-address sign-in limit is per test. */
const from = (n: number) => ({ remoteAddress: `10.0.0.${n}` });

describe('POST /api/login', () => {
  it('signs in: an HttpOnly, SameSite=Strict session cookie, the user, roles and CSRF token', async () => {
    const user = await newUser([{ role: 'sponsor', strandIds: ['safety'] }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      ...from(1),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      id: user.id,
      email: user.email,
      via: 'session',
      roles: [{ programmeId: 'tiny', role: 'sponsor', partnerId: null, strandIds: ['safety'] }],
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.cookies.find((c) => c.name === 'outcomes_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The store holds the hash of the cookie, never the cookie itself.
    const stored = await t.db.selectFrom('session').select('id').execute();
    expect(stored.map((s) => s.id)).toContain(sha256Hex(cookie.value));
    expect(stored.map((s) => s.id)).not.toContain(cookie.value);
  });

  it('gives the same answer for an unknown email as for a wrong password', async () => {
    const user = await newUser();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: 'not the right password' },
      ...from(2),
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'nobody-at-all@test.local', password: 'not the right password' },
      ...from(2),
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toEqual({
      code: 'invalid_credentials',
      message: 'The email address or password is not right.',
    });
    expect(wrong.cookies).toEqual([]);
  });

  it('refuses a disabled account with the same answer', async () => {
    const user = await newUser();
    await t.db
      .updateTable('app_user')
      .set({ disabled_at: new Date().toISOString() })
      .where('id', '=', user.id)
      .execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      ...from(3),
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_credentials');
  });

  it('rate-limits failed sign-ins per account, even with the right password, without saying whether it exists', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: user.email, password: `guess number ${i} wrong` },
        remoteAddress: `10.1.0.${i}`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      remoteAddress: '10.1.0.99',
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_requests');
    // Seconds until the window that began at the first failure ends: at most 15 minutes.
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(15 * 60 - 30);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // An email with no account locks out the same way: the answers cannot tell them apart.
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: 'ghost@test.local', password: `guess number ${i} wrong` },
        remoteAddress: `10.2.0.${i}`,
      });
    }
    const ghost = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'ghost@test.local', password: 'another guess here' },
      remoteAddress: '10.2.0.99',
    });
    expect(ghost.statusCode).toBe(429);
    expect(ghost.json().error.message).toBe(locked.json().error.message);
  });

  it('rate-limits failed sign-ins per client address across accounts', async () => {
    for (let i = 0; i < 8; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: `spray-${i}@test.local`, password: 'password spraying' },
        ...from(50),
      });
    }
    const user = await newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      ...from(50),
    });
    expect(res.statusCode).toBe(429);
    // Another address is not affected.
    const elsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      ...from(51),
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const user = await newUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
      ...from(4),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('refuses a form-encoded sign-in (only JSON is accepted)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.c&password=x',
      ...from(5),
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('sessions', () => {
  it('a new session id at sign-in: a cookie planted before sign-in never becomes a session', async () => {
    const user = await newUser();
    const first = await signIn(t.app, user.email);
    const planted = first.cookie; // e.g. set in the victim's browser by an attacker
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { cookie: planted },
    });
    expect(res.statusCode).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'outcomes_session')!;
    expect(`outcomes_session=${fresh.value}`).not.toBe(planted);
    // The session the browser arrived with has ended; only the new one works.
    const old = await injectAs(
      t.app,
      { cookie: planted, csrfToken: null },
      { method: 'GET', url: '/api/me' },
    );
    expect(old.statusCode).toBe(401);
    const now = await injectAs(
      t.app,
      { cookie: `outcomes_session=${fresh.value}`, csrfToken: null },
      { method: 'GET', url: '/api/me' },
    );
    expect(now.statusCode).toBe(200);
  });

  it('an unknown session id sent before sign-in is not adopted', async () => {
    const user = await newUser();
    const chosen = 'attacker-chosen-session-value-0000000000000';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: user.email, password: TEST_PASSWORD },
      headers: { cookie: `outcomes_session=${chosen}` },
    });
    const cookie = res.cookies.find((c) => c.name === 'outcomes_session')!;
    expect(cookie.value).not.toBe(chosen);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `outcomes_session=${chosen}` },
    });
    expect(me.statusCode).toBe(401);
  });

  it('ends after the idle time, and the row is removed', async () => {
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    const ok = await injectAs(t.app, session, { method: 'GET', url: '/api/me' });
    expect(ok.statusCode).toBe(200);
    // 31 minutes pass with no request (the clock faked; timers stay real). The idle clock only
    // moves forward, so what a server keeps is read afresh before the session is ended.
    const signedInAt = Date.now();
    vi.useFakeTimers({ toFake: ['Date'] });
    let res;
    try {
      vi.setSystemTime(signedInAt + 31 * 60_000);
      res = await injectAs(t.app, session, { method: 'GET', url: '/api/me' });
    } finally {
      vi.useRealTimers();
    }
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Your session has ended: sign in again.');
    // The answer also clears the cookie in the browser.
    expect(res.cookies.find((c) => c.name === 'outcomes_session')?.value).toBe('');
    const rows = await t.db
      .selectFrom('session')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('ends at its absolute expiry however active it is', async () => {
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    await t.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const res = await injectAs(t.app, session, { method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
  });

  it('sign-out ends the session on the server, not only in the browser', async () => {
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    const out = await injectAs(t.app, session, { method: 'POST', url: '/api/logout' });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'outcomes_session')?.value).toBe('');
    // Replaying the old cookie (e.g. copied before sign-out) no longer works.
    const replay = await injectAs(t.app, session, { method: 'GET', url: '/api/me' });
    expect(replay.statusCode).toBe(401);
  });

  it('disabling an account ends its sessions at once', async () => {
    const admin = await newUser([{ role: 'admin' }]);
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'POST',
        url: `/api/programmes/tiny/users/${user.id}/disable`,
      },
    );
    expect(res.statusCode).toBe(200);
    expect((await injectAs(t.app, session, { method: 'GET', url: '/api/me' })).statusCode).toBe(
      401,
    );
    expect(
      (await injectAs(t.app, { token: user.token }, { method: 'GET', url: '/api/me' })).statusCode,
    ).toBe(401);
  });

  it('the Secure flag and the __Host- prefix when COOKIE_SECURE is on', async () => {
    const secure = await startTestApp([tinyPackDir], { auth: { cookieSecure: true } });
    try {
      const user = await createTestUser(secure.db, {
        email: 'secure@test.local',
        programmeId: 'tiny',
        roles: [{ role: 'board' }],
      });
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const cookie = res.cookies.find((c) => c.name === '__Host-outcomes_session')!;
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await secure.close();
    }
  });
});

describe('CSRF: cookie-authenticated writes', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await newUser();
  });

  const createToken = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/me/tokens',
      payload: { name: 'csrf test' },
      headers,
    });

  it('are refused without the X-CSRF-Token header, and nothing changes', async () => {
    const session = await signIn(t.app, user.email);
    const before = await storeChecksum(t.db);
    const res = await createToken({ cookie: session.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('are refused with another session’s token', async () => {
    const mine = await signIn(t.app, user.email);
    const theirs = await signIn(t.app, (await newUser()).email);
    const res = await createToken({ cookie: mine.cookie, 'x-csrf-token': theirs.csrfToken });
    expect(res.statusCode).toBe(403);
  });

  it('are refused from another origin even with the right token', async () => {
    const session = await signIn(t.app, user.email);
    const res = await createToken({
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      origin: 'https://evil.example',
    });
    expect(res.statusCode).toBe(403);
    const site = await createToken({
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'sec-fetch-site': 'cross-site',
    });
    expect(site.statusCode).toBe(403);
  });

  it('are accepted with the session’s token from the same origin', async () => {
    const session = await signIn(t.app, user.email);
    const res = await createToken({
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      origin: 'http://localhost:80',
      host: 'localhost:80',
      'sec-fetch-site': 'same-origin',
    });
    expect(res.statusCode).toBe(201);
  });

  it('do not apply to API tokens, which a browser never sends by itself', async () => {
    const admin = await newUser([{ role: 'admin' }]);
    const target = await newUser();
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'PUT',
        url: `/api/programmes/tiny/users/${target.id}/roles`,
        payload: { roles: [{ role: 'finance' }] },
      },
    );
    expect(res.statusCode).toBe(200);
  });

  it('GET /api/me gives the session’s CSRF token; reads need none', async () => {
    const session = await signIn(t.app, user.email);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().csrfToken).toBe(session.csrfToken);
  });
});

describe('API tokens', () => {
  it('are shown once, stored as a hash, and act as their user with the user’s roles', async () => {
    const user = await newUser([{ role: 'data-officer', partnerId: 'police' }]);
    const session = await signIn(t.app, user.email);
    const created = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/me/tokens',
      payload: { name: 'police returns', expiresInDays: 7 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix, expiresAt } = created.json();
    expect(token).toMatch(/^otk_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const row = await t.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // The list never shows a token again.
    const list = await injectAs(t.app, session, { method: 'GET', url: '/api/me/tokens' });
    expect(JSON.stringify(list.json())).not.toContain(token);

    const me = await injectAs(t.app, { token }, { method: 'GET', url: '/api/me' });
    expect(me.json()).toMatchObject({
      id: user.id,
      via: 'token',
      csrfToken: null,
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    });
  });

  it('stop working when revoked', async () => {
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    const { token, id } = (
      await injectAs(t.app, session, {
        method: 'POST',
        url: '/api/me/tokens',
        payload: { name: 'x' },
      })
    ).json();
    expect(
      (await injectAs(t.app, { token }, { method: 'GET', url: '/api/programmes' })).statusCode,
    ).toBe(200);
    const revoked = await injectAs(t.app, session, {
      method: 'DELETE',
      url: `/api/me/tokens/${id}`,
    });
    expect(revoked.statusCode).toBe(204);
    const res = await injectAs(t.app, { token }, { method: 'GET', url: '/api/programmes' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe(
      'The API token is not valid: it may be wrong, expired or revoked.',
    );
  });

  it('stop working when expired', async () => {
    const user = await newUser();
    await t.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const res = await injectAs(
      t.app,
      { token: user.token },
      { method: 'GET', url: '/api/programmes' },
    );
    expect(res.statusCode).toBe(401);
  });

  it('cannot revoke someone else’s token', async () => {
    const owner = await newUser();
    const other = await newUser();
    const tokenId = (
      await t.db
        .selectFrom('api_token')
        .select('id')
        .where('user_id', '=', owner.id)
        .executeTakeFirstOrThrow()
    ).id;
    const session = await signIn(t.app, other.email);
    const res = await injectAs(t.app, session, {
      method: 'DELETE',
      url: `/api/me/tokens/${tokenId}`,
    });
    expect(res.statusCode).toBe(404);
    expect(
      (await injectAs(t.app, { token: owner.token }, { method: 'GET', url: '/api/me' })).statusCode,
    ).toBe(200);
  });

  it('cannot make more tokens or change the password: that needs a signed-in session', async () => {
    const user = await newUser();
    const make = await injectAs(
      t.app,
      { token: user.token },
      {
        method: 'POST',
        url: '/api/me/tokens',
        payload: { name: 'more' },
      },
    );
    expect(make.statusCode).toBe(403);
    const password = await injectAs(
      t.app,
      { token: user.token },
      {
        method: 'POST',
        url: '/api/me/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase here' },
      },
    );
    expect(password.statusCode).toBe(403);
  });
});

describe('passwords', () => {
  it.each([
    ['too short', 'short pass', 'at least 12 characters'],
    ['a common password', 'password1234', 'too common'],
    ['a common word padded', 'Password1234!', 'too common'],
    ['all digits', '123456789012345', 'too common'],
    ['one character repeated', 'zzzzzzzzzzzzzz', 'too common'],
  ])('refuses a new password that is %s', async (_what, newPassword, message) => {
    const user = await newUser();
    const session = await signIn(t.app, user.email);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(message);
  });

  it('refuses a password containing the email address', async () => {
    const admin = await newUser([{ role: 'admin' }]);
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: {
          email: 'jo.bloggs@test.local',
          name: 'Jo Bloggs',
          password: 'jo.bloggs-secret-1',
          roles: [{ role: 'board' }],
        },
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('email address or name');
  });

  it.each([
    ['the name', 'Priya Shah', 'priya.shah@test.local', 'Priya Shah 2026 spring'],
    ['the name without its space', 'Priya Shah', 'ps@test.local', 'priyashah-at-the-council'],
    ['one word of the name', 'Priya Shah', 'ps2@test.local', 'a long shah password here'],
    ['the email local part', 'P S', 'bloggs.jo@test.local', 'Bloggs.Jo rides a horse'],
  ])('refuses an invite password containing %s', async (_what, name, email, password) => {
    const admin = await newUser([{ role: 'admin' }]);
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: { email, name, password, roles: [{ role: 'board' }] },
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'The password must not contain your email address or name.',
    );
  });

  it("refuses a new password containing the account holder's own name", async () => {
    const user = await newUser();
    // newUser names the account after its email's local part, "person-N".
    const session = await signIn(t.app, user.email);
    const res = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a personal long passphrase' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('email address or name');
  });

  it('changing the password needs the current one, ends other sessions and rotates this one', async () => {
    const user = await newUser();
    const elsewhere = await signIn(t.app, user.email);
    const here = await signIn(t.app, user.email);
    const wrong = await injectAs(t.app, here, {
      method: 'POST',
      url: '/api/me/password',
      payload: {
        currentPassword: 'not my password at all',
        newPassword: 'a fresh long passphrase',
      },
    });
    expect(wrong.statusCode).toBe(400);
    const res = await injectAs(t.app, here, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a fresh long passphrase' },
    });
    expect(res.statusCode).toBe(200);
    const rotated = res.cookies.find((c) => c.name === 'outcomes_session')!;
    expect((await injectAs(t.app, elsewhere, { method: 'GET', url: '/api/me' })).statusCode).toBe(
      401,
    );
    expect((await injectAs(t.app, here, { method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const next = { cookie: `outcomes_session=${rotated.value}`, csrfToken: res.json().csrfToken };
    expect((await injectAs(t.app, next, { method: 'GET', url: '/api/me' })).statusCode).toBe(200);
    expect((await signIn(t.app, user.email, 'a fresh long passphrase')).status).toBe(200);
    expect((await signIn(t.app, user.email)).status).toBe(401);
  });

  it('are stored as argon2id hashes', async () => {
    const user = await newUser();
    const row = await t.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('the store', () => {
  it('keeps no session or token secret in clear', async () => {
    const sessions = await sql<{ id: string }>`select id from session`.execute(t.db);
    for (const s of sessions.rows) expect(s.id).toMatch(/^[0-9a-f]{64}$/);
  });
});

// Single sign-on against a real OpenID Connect provider running in this process (oidc-provider):
// the happy path, and each refusal with its message and audit entry — a token with a bad
// signature, a wrong audience, a replayed state, an unverified email, a wrong domain, an unknown
// email, an expired or missing state, and a callback in another browser.
import { decodeJwt, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { oidcRefusalMessages } from '@outcomes/contract';
import type { CustomFetch } from 'openid-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestUser, startTestApp, tinyPackDir, type TestApp } from './helpers.js';
import {
  signInAtProvider,
  startTestProvider,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  type TestProvider,
} from './oidc-test-provider.js';

const ORIGIN = 'http://outcomes.test';
const CALLBACK = `${ORIGIN}/api/auth/oidc/callback`;

let provider: TestProvider;
let t: TestApp;
let now = Date.now();
/** When set, rewrites the provider's token answer before the app reads it. */
let tamper: ((body: Record<string, unknown>) => Promise<Record<string, unknown>>) | undefined;

/** The app's fetch to the provider, through which a test may forge the token answer. */
const fetchThrough: CustomFetch = async (url, options) => {
  const response = await fetch(url, options as RequestInit);
  if (!tamper || !url.endsWith('/token') || !response.ok) return response;
  const body = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify(await tamper(body)), {
    status: response.status,
    headers: { 'content-type': 'application/json' },
  });
};

beforeAll(async () => {
  provider = await startTestProvider();
  provider.registerClient(CALLBACK);
  t = await startTestApp([tinyPackDir], {
    auth: { publicOrigin: ORIGIN },
    oidc: {
      issuer: provider.issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      allowedDomains: ['council.gov.uk'],
      displayName: 'Test Council',
      clock: () => now,
      fetch: fetchThrough,
    },
  });
  for (const email of [
    'ada@council.gov.uk',
    'una@council.gov.uk',
    'wanda@elsewhere.org',
    'dee@council.gov.uk',
  ]) {
    await createTestUser(t.db, { email, programmeId: 'tiny', roles: [{ role: 'board' }] });
  }
  await t.db
    .updateTable('app_user')
    .set({ disabled_at: new Date().toISOString() })
    .where('email', '=', 'dee@council.gov.uk')
    .execute();
  provider.accounts.set('ada', { email: 'Ada@Council.gov.uk', email_verified: true });
  provider.accounts.set('una', { email: 'una@council.gov.uk', email_verified: false });
  provider.accounts.set('wanda', { email: 'wanda@elsewhere.org', email_verified: true });
  provider.accounts.set('nobody', { email: 'nobody@council.gov.uk', email_verified: true });
  provider.accounts.set('dee', { email: 'dee@council.gov.uk', email_verified: true });
});
afterAll(async () => {
  await t.close();
  await provider.stop();
});
beforeEach(() => {
  now = Date.now();
  tamper = undefined;
});

/** The value of the cookie `name` from a response's Set-Cookie headers. */
function cookieFrom(headers: Record<string, unknown>, name: string): string | undefined {
  const raw = headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)];
  for (const line of lines as string[]) {
    const [pair] = line.split(';');
    if (pair!.startsWith(`${name}=`)) return pair!.slice(name.length + 1);
  }
  return undefined;
}

/** Starts a sign-in as a browser: the provider's URL and this browser's binding cookie. */
async function start(returnTo?: string) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/auth/oidc/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`,
  });
  expect(res.statusCode).toBe(302);
  const binding = cookieFrom(res.headers, 'outcomes_sso');
  expect(binding).toBeDefined();
  return { location: res.headers.location as string, binding: binding! };
}

/** The browser arriving back at the callback (with or without its binding cookie). */
async function callback(url: URL, binding: string | undefined) {
  return t.app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    cookies: binding === undefined ? {} : { outcomes_sso: binding },
  });
}

/** Start, sign in at the provider as `account`, and come back in the same browser. */
async function signInAs(account: string, returnTo?: string) {
  const started = await start(returnTo);
  const back = await signInAtProvider(started.location, account, CALLBACK);
  return { ...started, back, res: await callback(back, started.binding) };
}

async function refusals(reason: string) {
  const rows = await t.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'sign-in-refused')
    .execute();
  return rows.filter((r) => (JSON.parse(r.detail) as { reason: string }).reason === reason);
}

/** Expects the browser sent back to the sign-in page with `code`, and the refusal audited. */
async function expectRefused(
  res: { statusCode: number; headers: Record<string, unknown> },
  code: keyof typeof oidcRefusalMessages,
) {
  expect(res.statusCode).toBe(303);
  expect(res.headers['location']).toBe(`/?sign-in-error=${code}`);
  expect(cookieFrom(res.headers, 'outcomes_session')).toBeUndefined();
  const audited = await refusals(code);
  expect(audited.length).toBeGreaterThan(0);
  expect(JSON.parse(audited.at(-1)!.detail)).toMatchObject({
    method: 'oidc',
    message: oidcRefusalMessages[code],
  });
  return audited.at(-1)!;
}

/** Re-signs the ID token the provider issued, with changed claims and/or another key. */
function forgeIdToken(
  change: (claims: JWTPayload) => JWTPayload,
  key?: Parameters<SignJWT['sign']>[0],
) {
  return async (body: Record<string, unknown>) => {
    const claims = change(decodeJwt(body['id_token'] as string));
    const idToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: provider.kid })
      .sign(key ?? provider.signingKey);
    return { ...body, id_token: idToken };
  };
}

describe('sign-in methods', () => {
  it('offers single sign-on by the configured name', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/sign-in-methods' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      password: true,
      oidc: { displayName: 'Test Council', startPath: '/api/auth/oidc/start' },
    });
  });

  it('offers passwords only, and no SSO routes, when single sign-on is not configured', async () => {
    const plain = await startTestApp([]);
    try {
      const res = await plain.app.inject({ method: 'GET', url: '/api/sign-in-methods' });
      expect(res.json()).toEqual({ password: true, oidc: null });
      // No such route: like any unknown API address, it asks a stranger to sign in.
      const startRes = await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(startRes.statusCode).toBe(401);
    } finally {
      await plain.close();
    }
  });
});

describe('single sign-on through the provider', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, and stores them', async () => {
    const { location } = await start();
    const url = new URL(location);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const state = url.searchParams.get('state')!;
    const row = await t.db
      .selectFrom('oidc_sign_in')
      .selectAll()
      .where('state', '=', state)
      .executeTakeFirstOrThrow();
    expect(row.nonce).toBe(url.searchParams.get('nonce'));
    expect(row.expires_at - row.created_at).toBe(10 * 60_000);
    // Only the challenge leaves: the verifier stays here.
    expect(location).not.toContain(row.code_verifier);
  });

  it('signs a known, verified, allowed email in with the same session as a password sign-in', async () => {
    const { res } = await signInAs('ada', '/programmes/tiny');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/programmes/tiny');
    const session = cookieFrom(res.headers, 'outcomes_session');
    expect(session).toBeDefined();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { outcomes_session: session! },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'ada@council.gov.uk' });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'sign-in')
      .where('actor', '=', 'ada@council.gov.uk')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail))).toEqual([{ method: 'oidc' }]);
    expect(audit[0]!.programme_id).toBe('tiny');
  });

  it('refuses a replayed state', async () => {
    const { back, binding, res } = await signInAs('ada');
    expect(res.statusCode).toBe(303);
    await expectRefused(await callback(back, binding), 'sso-state-used');
  });

  it('refuses a callback in another browser, and the browser that started may still finish', async () => {
    const started = await start();
    const back = await signInAtProvider(started.location, 'ada', CALLBACK);
    await expectRefused(await callback(back, undefined), 'sso-other-browser');
    const other = await start();
    await expectRefused(await callback(back, other.binding), 'sso-other-browser');
    const res = await callback(back, started.binding);
    expect(res.statusCode).toBe(303);
    expect(cookieFrom(res.headers, 'outcomes_session')).toBeDefined();
  });

  it('refuses an expired state (over 10 minutes) and a missing or unknown one', async () => {
    const started = await start();
    const back = await signInAtProvider(started.location, 'ada', CALLBACK);
    now += 10 * 60_000 + 1;
    const expired = await expectRefused(await callback(back, started.binding), 'sso-state-missing');
    expect(JSON.parse(expired.detail)).toMatchObject({ cause: 'expired' });
    const noState = new URL(back);
    noState.searchParams.delete('state');
    await expectRefused(await callback(noState, started.binding), 'sso-state-missing');
    const unknown = new URL(back);
    unknown.searchParams.set('state', 'never-issued');
    await expectRefused(await callback(unknown, started.binding), 'sso-state-missing');
  });

  it('refuses an email the provider has not verified', async () => {
    const { res } = await signInAs('una');
    const entry = await expectRefused(res, 'sso-email-unverified');
    expect(entry.actor).toBe('una@council.gov.uk');
  });

  it('refuses a verified email outside the allowed domains, even with an account here', async () => {
    const { res } = await signInAs('wanda');
    await expectRefused(res, 'sso-domain-not-allowed');
  });

  it('refuses an unknown email rather than creating an account', async () => {
    const { res } = await signInAs('nobody');
    await expectRefused(res, 'sso-unknown-account');
    const user = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'nobody@council.gov.uk')
      .executeTakeFirst();
    expect(user).toBeUndefined();
  });

  it('refuses a disabled account', async () => {
    const { res } = await signInAs('dee');
    const entry = await expectRefused(res, 'sso-account-disabled');
    expect(entry.programme_id).toBe('tiny');
  });

  it('refuses an ID token with a bad signature', async () => {
    const { privateKey: otherKey } = await generateKeyPair('RS256');
    tamper = forgeIdToken((claims) => claims, otherKey);
    const { res } = await signInAs('ada');
    const entry = await expectRefused(res, 'sso-invalid-token');
    expect(JSON.parse(entry.detail).cause).toMatch(/signature/i);
  });

  it('refuses an ID token for another audience, though the provider’s key signed it', async () => {
    tamper = forgeIdToken((claims) => ({ ...claims, aud: 'someone-else' }));
    const { res } = await signInAs('ada');
    const entry = await expectRefused(res, 'sso-invalid-token');
    expect(JSON.parse(entry.detail).cause).toMatch(/"aud"/);
  });

  it('starts only towards a path on this site', async () => {
    for (const returnTo of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`,
      });
      expect(res.statusCode).toBe(400);
    }
  });
});

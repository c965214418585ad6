// Who is asking: resolves `request.user` from an `Authorization: Bearer` API token or the session
// cookie, refuses unauthenticated API requests (deny by default: only routes marked
// `config: { public: true }` are open), checks CSRF on cookie-authenticated writes, and requires a
// role in the programme for every route with a `:programmeId` parameter.
import cookie from '@fastify/cookie';
import { programmeExists, touchApiToken, type RequestContext } from '@outcomes/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError, notFound } from '../lib/api-error.js';
import { sessionCookieName, type AuthOptions } from '../lib/auth-options.js';
import type { AuthenticatedUser, RequestAuth, RoleGrant } from '../lib/authenticated-user.js';
import { canReadProgramme, forbidden, requireProgrammeMember } from '../lib/authorise.js';
import { toAuthenticatedUser } from '../services/accounts/load-authenticated-user.js';
import { LoginThrottle } from '../services/accounts/login-throttle.js';
import { safeEqual, sha256Hex } from '../services/accounts/secrets.js';
import {
  keepSessionAlive,
  sessionState,
  type SessionClocks,
} from '../services/accounts/sessions.js';

export type { AuthenticatedUser, RequestAuth, RoleGrant };

declare module 'fastify' {
  interface FastifyRequest {
    /** The acting user; null when the request carries no valid session or token. */
    user: AuthenticatedUser | null;
    /** How the user was authenticated (session: its id and CSRF token; token: its id). */
    auth: RequestAuth | null;
    /**
     * The programme the route names, read in the same query as the credential: its data stamp
     * (undefined when there is no such programme). Null when the route names none or the
     * request carried no valid credential.
     */
    programmeData: { id: string; stamp: string | undefined } | null;
  }
  interface FastifyInstance {
    authOptions: AuthOptions;
    /** Failed password attempts (sign-in and password change), per account and per address. */
    loginThrottle: LoginThrottle;
  }
  interface FastifyContextConfig {
    /** Open to anonymous requests (health, sign-in). Every other /api route needs a user. */
    public?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const TOKEN_PATTERN = /^Bearer ([A-Za-z0-9_-]{16,200})$/i;
const TOKEN_TOUCH_EVERY_MS = 60_000;

const isApiPath = (path: string | undefined): boolean =>
  path !== undefined && (path === '/api' || path.startsWith('/api/'));

export const isUnsafeMethod = (method: string): boolean => UNSAFE_METHODS.has(method);

/** The origin a browser page of this app has: PUBLIC_ORIGIN, or this request's own host. */
function expectedHost(request: FastifyRequest, options: AuthOptions): string | undefined {
  if (options.publicOrigin !== undefined) return new URL(options.publicOrigin).host;
  return request.headers.host;
}

/**
 * Refuses a request a browser sent from another site: an Origin header naming another host, or
 * (when a browser omits Origin) Sec-Fetch-Site saying cross-site.
 */
export function assertSameOrigin(request: FastifyRequest, options: AuthOptions): void {
  const origin = request.headers.origin;
  const host = expectedHost(request, options);
  if (origin !== undefined) {
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    // URL drops a default port (:80, :443) that a Host header may carry.
    const sameHost = host !== undefined && originHost === host.replace(/:(80|443)$/, '');
    if (originHost === undefined || !(sameHost || originHost === host)) {
      throw new ApiError(
        403,
        'csrf',
        'This request came from another site (its Origin does not match this service).',
      );
    }
    return;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw new ApiError(403, 'csrf', 'This request came from another site.');
  }
}

function assertCsrf(request: FastifyRequest, options: AuthOptions, csrfToken: string): void {
  assertSameOrigin(request, options);
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !safeEqual(sent, csrfToken)) {
    throw new ApiError(
      403,
      'csrf',
      'The request lacks a valid X-CSRF-Token header: reload the page and try again.',
    );
  }
}

type Resolved = { user: AuthenticatedUser; auth: RequestAuth };

/**
 * The route's `:programmeId` (routing has run before onRequest, validation has not), or null
 * when it could not be a programme id (the route's schema refuses it with 400 later): never
 * longer than an id may be, never with a NUL, which PostgreSQL refuses in text.
 */
function programmeIdOf(request: FastifyRequest): string | null {
  const programmeId = (request.params as Record<string, unknown> | undefined)?.['programmeId'];
  if (typeof programmeId !== 'string' || programmeId.length === 0 || programmeId.length > 200) {
    return null;
  }
  return programmeId.includes('\u0000') ? null : programmeId;
}

/** A session context's clocks (a session always has both; empty never passes as live). */
const clocksOf = (context: RequestContext): SessionClocks => ({
  lastSeenAt: context.credential.lastUsedAt ?? '',
  expiresAt: context.credential.expiresAt ?? '',
});

/**
 * The request's user from its API token or session cookie, in one query that also reads the
 * user's grants and the data stamp of the programme the route names (kept on the request for the
 * membership check and the caches). A string says why the credential was refused; null: none sent.
 */
async function resolveCredential(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Resolved | string | null> {
  const authorization = request.headers.authorization;
  const now = new Date();
  if (authorization !== undefined) {
    const match = TOKEN_PATTERN.exec(authorization.trim());
    if (!match?.[1]) return 'The Authorization header must be "Bearer" followed by an API token.';
    const invalid = 'The API token is not valid: it may be wrong, expired or revoked.';
    const hash = { token: sha256Hex(match[1]) };
    const context = await app.requestContexts.load(hash, programmeIdOf(request));
    if (!context) return invalid;
    const token = context.credential;
    if (token.revokedAt !== null || context.user.disabledAt !== null) return invalid;
    if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) return invalid;
    const tokenId = Number(token.id);
    if (
      token.lastUsedAt === null ||
      now.getTime() - Date.parse(token.lastUsedAt) >= TOKEN_TOUCH_EVERY_MS
    ) {
      await touchApiToken(app.db, tokenId, now.toISOString());
      app.requestContexts.noteUsed(hash, now.toISOString());
    }
    request.programmeData = context.programme;
    return {
      user: toAuthenticatedUser(context.user, context.grants),
      auth: { via: 'token', tokenId },
    };
  }

  const value = request.cookies[sessionCookieName(app.authOptions)];
  if (value === undefined || value === '') return null;
  const ended = 'Your session has ended: sign in again.';
  const hash = { session: sha256Hex(value) };
  const programmeId = programmeIdOf(request);
  let context = await app.requestContexts.load(hash, programmeId);
  // A kept context's idle clock may be older than the store's (another server's refresh notifies
  // nobody): a session is ended only on what the store says.
  if (context !== undefined && sessionState(clocksOf(context), app.authOptions, now) === 'ended') {
    context = await app.requestContexts.load(hash, programmeId, { fromStore: true });
  }
  if (context === undefined) {
    clearSessionCookie(reply, app.authOptions);
    return ended;
  }
  const session = context.credential;
  const state = await keepSessionAlive(
    app.db,
    { id: String(session.id), ...clocksOf(context) },
    app.authOptions,
    now,
  );
  if (state === 'touched') app.requestContexts.noteUsed(hash, now.toISOString());
  if (state === 'ended' || context.user.disabledAt !== null || session.csrfToken === null) {
    clearSessionCookie(reply, app.authOptions);
    return ended;
  }
  request.programmeData = context.programme;
  return {
    user: toAuthenticatedUser(context.user, context.grants),
    auth: { via: 'session', sessionId: String(session.id), csrfToken: session.csrfToken },
  };
}

export function setSessionCookie(
  reply: FastifyReply,
  options: AuthOptions,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(sessionCookieName(options), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: options.cookieSecure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: AuthOptions): void {
  reply.clearCookie(sessionCookieName(options), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: options.cookieSecure,
  });
}

export const authentication = fp<AuthOptions>(
  async (app: FastifyInstance, options) => {
    app.decorate('authOptions', options);
    app.decorate(
      'loginThrottle',
      new LoginThrottle(app.db, {
        maxFailuresPerAccount: options.loginMaxFailuresPerAccount,
        maxFailuresPerAddress: options.loginMaxFailuresPerAddress,
        windowMinutes: options.loginWindowMinutes,
      }),
    );
    await app.register(cookie);
    app.decorateRequest('user', null);
    app.decorateRequest('auth', null);
    app.decorateRequest('programmeData', null);

    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.split('?')[0];
      if (!isApiPath(request.routeOptions.url) && !isApiPath(path)) return;
      const isPublic = request.routeOptions.config.public === true;

      const resolved = await resolveCredential(app, request, reply);
      if (resolved !== null && typeof resolved === 'object') {
        request.user = resolved.user;
        request.auth = resolved.auth;
      } else if (!isPublic) {
        throw new ApiError(401, 'unauthenticated', resolved ?? 'Sign in to use this service.');
      }

      // Public writes (sign-in) check the Origin themselves; they need no session's token.
      if (!isPublic && request.auth?.via === 'session' && isUnsafeMethod(request.method)) {
        assertCsrf(request, options, request.auth.csrfToken);
      }
    });

    // Every programme's figures are for its members only: a route with :programmeId answers 404
    // for an unknown programme and 403 to a user with no role in it, before its handler runs.
    app.addHook('preHandler', async (request) => {
      const params = request.params as Record<string, unknown> | undefined;
      const programmeId = params?.['programmeId'];
      if (typeof programmeId !== 'string' || !request.user) return;
      if (!canReadProgramme(request.user, programmeId)) {
        // Read with the credential when the route named the programme; else ask the store.
        const known = request.programmeData;
        const exists =
          known?.id === programmeId
            ? known.stamp !== undefined
            : await programmeExists(app.db, programmeId);
        if (!exists) throw notFound('programme', programmeId);
        throw forbidden(`You have no role in programme "${programmeId}".`);
      }
      requireProgrammeMember(request, programmeId);
    });
  },
  { name: 'authentication', dependencies: ['error-handler', 'request-context-cache'] },
);

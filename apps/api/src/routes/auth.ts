// Sign-in, sign-out and "who am I". Sign-in is the only public write: it is throttled per account
// and per address, answers the same for an unknown email as for a wrong password, and always
// starts a new session (never adopts one the browser already had: no session fixation).
import { errorResponseSchema, loginBodySchema, meSchema } from '@outcomes/contract';
import { deleteSession, findUserByEmail } from '@outcomes/db';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import { requireUser } from '../lib/authorise.js';
import { toMe } from '../mappers/me.js';
import { assertSameOrigin, clearSessionCookie } from '../plugins/authentication.js';
import { verifyPassword } from '../services/accounts/passwords.js';
import type { LoginThrottle } from '../services/accounts/login-throttle.js';
import { signInBrowser } from '../services/accounts/sign-in-browser.js';

/** Small bodies only: nothing here needs more. */
export const SMALL_BODY_LIMIT = 16 * 1024;

/**
 * Counts a password attempt against the account and the address before the password is checked
 * (one atomic step, see LoginThrottle); 429 with Retry-After when either has had too many.
 */
export async function beginPasswordAttempt(
  throttle: LoginThrottle,
  email: string,
  address: string,
  reply: FastifyReply,
): Promise<void> {
  const verdict = await throttle.beginAttempt(email, address);
  if (!verdict.allowed) {
    reply.header('retry-after', String(verdict.retryAfterSeconds));
    const wait = Math.ceil(verdict.retryAfterSeconds / 60);
    throw new ApiError(
      429,
      'too_many_requests',
      `Too many failed attempts. Wait ${wait} ${wait === 1 ? 'minute' : 'minutes'} and try again.`,
    );
  }
}

const INVALID_CREDENTIALS = 'The email address or password is not right.';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const options = app.authOptions;
  const throttle = app.loginThrottle;

  app.post(
    '/api/login',
    {
      config: { public: true },
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: 'Sign in with email and password; sets an HttpOnly session cookie',
        body: loginBodySchema,
        response: {
          200: meSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      // A sign-in form on another site must not sign the browser in (login CSRF).
      assertSameOrigin(request, options);
      const email = request.body.email.trim().toLowerCase();
      const address = request.ip;
      // Counted before the password is checked: a wrong one keeps its count.
      await beginPasswordAttempt(throttle, email, address, reply);
      const user = await findUserByEmail(app.db, email);
      const matches = await verifyPassword(user?.password_hash, request.body.password);
      if (!user || !matches || user.disabled_at !== null) {
        throw new ApiError(401, 'invalid_credentials', INVALID_CREDENTIALS);
      }
      await throttle.signedIn(email, address);

      const signedIn = await signInBrowser(
        app.db,
        options,
        request,
        reply,
        user.id,
        'password',
        INVALID_CREDENTIALS,
      );
      return toMe(signedIn.user, {
        via: 'session',
        sessionId: signedIn.session.sessionId,
        csrfToken: signedIn.session.csrfToken,
      });
    },
  );

  app.post(
    '/api/logout',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session on the server and clears the cookie',
        response: { 204: z.null(), 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      if (request.auth?.via === 'session') await deleteSession(app.db, request.auth.sessionId);
      clearSessionCookie(reply, options);
      request.log.info({ userId: user.id }, 'signed out');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in user, their roles and the CSRF token for writes',
        response: { 200: meSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      if (!request.auth) throw new ApiError(401, 'unauthenticated', 'Sign in to use this service.');
      return toMe(user, request.auth);
    },
  );
};

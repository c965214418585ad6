// The signed-in user's own account: password and API tokens. Changing either needs a browser
// session: an API token cannot make more tokens or change the password it stands in for.
import {
  apiTokenListSchema,
  changePasswordBodySchema,
  createdTokenSchema,
  createTokenBodySchema,
  errorResponseSchema,
  meSchema,
} from '@outcomes/contract';
import { findUserById, listUserApiTokens } from '@outcomes/db';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import { auditActor, requireUser } from '../lib/authorise.js';
import { toMe } from '../mappers/me.js';
import { setSessionCookie } from '../plugins/authentication.js';
import { createApiToken, revokeApiToken, toApiToken } from '../services/accounts/api-tokens.js';
import { setPassword } from '../services/accounts/change-password.js';
import { loadAuthenticatedUser } from '../services/accounts/load-authenticated-user.js';
import { verifyPassword } from '../services/accounts/passwords.js';
import { startSession } from '../services/accounts/sessions.js';
import { beginPasswordAttempt, SMALL_BODY_LIMIT } from './auth.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  429: errorResponseSchema,
};

function requireSession(request: FastifyRequest) {
  const user = requireUser(request);
  if (request.auth?.via !== 'session') {
    throw new ApiError(
      403,
      'forbidden',
      'Sign in with your password to do this: an API token cannot change passwords or tokens.',
    );
  }
  return { user, session: request.auth };
}

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/me/password',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: 'Change your password (ends your other sessions; this one gets a new id)',
        body: changePasswordBodySchema,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireSession(request);
      await beginPasswordAttempt(app.loginThrottle, user.email, request.ip, reply);
      const stored = await findUserById(app.db, user.id);
      if (!(await verifyPassword(stored?.password_hash, request.body.currentPassword))) {
        throw new ApiError(400, 'bad_request', 'Your current password is not right.', [
          { field: 'currentPassword', message: 'is not right' },
        ]);
      }
      await app.loginThrottle.passwordWasRight(user.email, request.ip);
      await setPassword(app.db, user.id, request.body.newPassword, auditActor(user));
      const session = await startSession(app.db, user.id, app.authOptions, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, app.authOptions, session.token, session.expiresAt);
      const fresh = (await loadAuthenticatedUser(app.db, user.id)) ?? user;
      return toMe(fresh, {
        via: 'session',
        sessionId: session.sessionId,
        csrfToken: session.csrfToken,
      });
    },
  );

  app.get(
    '/api/me/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Your API tokens (never the tokens themselves)',
        response: { 200: apiTokenListSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const user = requireUser(request);
      return (await listUserApiTokens(app.db, user.id)).map(toApiToken);
    },
  );

  app.post(
    '/api/me/tokens',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['accounts'],
        summary: 'Create an API token: shown once in this answer, stored only as a hash',
        body: createTokenBodySchema,
        response: { 201: createdTokenSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireSession(request);
      const created = await createApiToken(app.db, user.id, request.body, auditActor(user));
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/api/me/tokens/:tokenId',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke one of your API tokens',
        params: z.object({
          tokenId: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 31),
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { user } = requireSession(request);
      await revokeApiToken(app.db, user.id, request.params.tokenId, auditActor(user));
      return reply.code(204).send(null);
    },
  );
};

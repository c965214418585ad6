// A ceiling on writes (POST, PUT, PATCH, DELETE) per user, or per address before sign-in, with
// @fastify/rate-limit. Reads are not limited here. The counts are kept in the store, so every API
// process counts against the same limit.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../lib/api-error.js';
import { rateLimitStoreOn } from '../services/rate-limit-store.js';
import { isUnsafeMethod } from './authentication.js';

export interface WriteRateLimitOptions {
  perMinute: number;
}

export const writeRateLimit = fp<WriteRateLimitOptions>(
  async (app: FastifyInstance, { perMinute }) => {
    await app.register(rateLimit, {
      global: true,
      max: perMinute,
      timeWindow: 60_000,
      store: rateLimitStoreOn(app.db),
      // After authentication, so a signed-in user is counted as themselves wherever they are.
      hook: 'preHandler',
      allowList: (request) => !isUnsafeMethod(request.method),
      keyGenerator: (request) => (request.user ? `user:${request.user.id}` : `ip:${request.ip}`),
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          'too_many_requests',
          `Too many changes in a short time: wait ${context.after} and try again.`,
        ),
    });
  },
  { name: 'write-rate-limit', dependencies: ['authentication'] },
);

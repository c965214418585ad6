import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isUniqueViolation } from '@outcomes/db';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from '../lib/api-error.js';

/**
 * A log line for every refused request: who (user id, address), what (method, route) and why.
 * Authentication, authorisation, CSRF and rate-limit refusals are warnings, for monitoring.
 */
function logRefusal(request: FastifyRequest, status: number, code: string, message: string): void {
  const fields = {
    status,
    code,
    reason: message,
    method: request.method,
    url: request.url,
    userId: request.user?.id ?? null,
    ip: request.ip,
  };
  if (status === 401 || status === 403 || status === 429)
    request.log.warn(fields, 'refused request');
  else request.log.info(fields, 'refused request');
}

/**
 * One error shape for the whole API: `{"error": {"code", "message", "details"?}}`. Validation
 * errors name the parameter at fault; 5xx answers never carry internals (stack, SQL).
 */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
      if (err instanceof ApiError) {
        logRefusal(request, err.statusCode, err.code, err.message);
        return reply
          .code(err.statusCode)
          .send({ error: { code: err.code, message: err.message, details: err.details } });
      }
      if (hasZodFastifySchemaValidationErrors(err)) {
        const where = err.validationContext ?? 'request';
        const problems = err.validation.map((issue) => {
          const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where;
          return { field, message: issue.message ?? 'is invalid' };
        });
        const message = problems
          .map((p) => `${where} parameter "${p.field}" ${p.message}`)
          .join('; ');
        request.log.info({ problems }, 'refused: bad request');
        return reply.code(400).send({ error: { code: 'bad_request', message, details: problems } });
      }
      if (isUniqueViolation(err)) {
        // Two requests created the same thing at once (several API processes make this real):
        // the transaction of this one rolled back, so nothing of it was kept.
        const message =
          'Someone else made the same change at the same moment; nothing was saved from this request. Reload and check before trying again.';
        logRefusal(request, 409, 'conflict', message);
        return reply.code(409).send({ error: { code: 'conflict', message } });
      }
      const status = err.statusCode ?? 500;
      if (status < 500) {
        const code =
          status === 404
            ? 'not_found'
            : status === 413
              ? 'payload_too_large'
              : status === 415
                ? 'unsupported_media_type'
                : status === 429
                  ? 'too_many_requests'
                  : 'bad_request';
        logRefusal(request, status, code, err.message);
        return reply.code(status).send({ error: { code, message: err.message } });
      }
      request.log.error({ err }, 'internal error');
      return reply.code(500).send({
        error: {
          code: 'internal',
          message: 'Something went wrong on the server. It has been logged.',
        },
      });
    });
  },
  { name: 'error-handler' },
);

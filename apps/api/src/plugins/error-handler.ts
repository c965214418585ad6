import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from '../lib/api-error.js';

/**
 * One error shape for the whole API: `{"error": {"code", "message", "details"?}}`. Validation
 * errors name the parameter at fault; 5xx answers never carry internals (stack, SQL).
 */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
      if (err instanceof ApiError) {
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
      const status = err.statusCode ?? 500;
      if (status < 500) {
        request.log.info({ err: err.message, status }, 'refused request');
        const code =
          status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : 'bad_request';
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

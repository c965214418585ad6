// The audit log, for a programme's finance officers and admins: read, filter, export as CSV.
// Read-only by construction: there is no route that edits or deletes an entry, and the store's
// triggers refuse UPDATE and DELETE on audit_log whoever asks.
import { auditPageSchema, auditQuerySchema, errorResponseSchema } from '@outcomes/contract';
import { listAuditActions, listAuditEntries } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../lib/authorise.js';
import { toAuditCsv, toAuditEntry } from '../mappers/audit.js';
import { programmeParams } from './schemas.js';

/** The most entries one CSV export holds. */
const EXPORT_LIMIT = 100_000;

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

const auditPageWithActionsSchema = auditPageSchema.extend({ actions: z.array(z.string()) });

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries, newest first, filtered (finance, admin)',
        params: programmeParams,
        querystring: auditQuerySchema,
        response: { 200: auditPageWithActionsSchema, ...errors },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      requireRole(request, programmeId, ['finance', 'admin']);
      const { limit, offset, ...filters } = request.query;
      const { entries, total } = await listAuditEntries(
        app.db,
        { programmeId, ...filters },
        { limit, offset },
      );
      return {
        entries: entries.map(toAuditEntry),
        total,
        limit,
        offset,
        actions: await listAuditActions(app.db, programmeId),
      };
    },
  );

  app.get(
    '/api/programmes/:programmeId/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The filtered audit log as CSV (finance, admin)',
        params: programmeParams,
        querystring: auditQuerySchema.omit({ limit: true, offset: true }),
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const user = requireRole(request, programmeId, ['finance', 'admin']);
      const { entries } = await listAuditEntries(
        app.db,
        { programmeId, ...request.query },
        { limit: EXPORT_LIMIT, offset: 0 },
      );
      request.log.info(
        { userId: user.id, programmeId, rows: entries.length },
        'audit log exported',
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${programmeId}.csv"`)
        .send(toAuditCsv(entries));
    },
  );
};

// Business case versions (issue #17): list them and the decisions that put one in force, record a
// decision (a programme admin, with a reason; audited; CSRF-checked like every cookie write), and
// compare two versions side by side as JSON or CSV.
import {
  businessCaseVersionsSchema,
  compareVersionsQuerySchema,
  errorResponseSchema,
  inForceBodySchema,
  inForceDecisionSchema,
  versionComparisonSchema,
} from '@outcomes/contract';
import { compareVersions } from '@outcomes/core';
import {
  decideVersionInForce,
  getProgrammeData,
  InForceDecisionError,
  listBusinessCaseVersions,
  listInForceDecisions,
  versionInForce,
} from '@outcomes/db';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../lib/api-error.js';
import { auditActor, requireRole } from '../lib/authorise.js';
import { todayInLondon } from '../lib/today.js';
import { comparisonCsv, toComparisonView } from '../mappers/business-case-comparison.js';
import { invalidateProgramme } from '../services/evaluation-cache.js';
import { requireProgrammeData } from '../services/programme-evaluation.js';
import { asOfQuery, errorResponses, programmeParams } from './schemas.js';

/** A CSV download in place of the JSON answer (the typed reply accepts only the JSON shape). */
function sendCsv(reply: FastifyReply, fileName: string, body: Buffer): FastifyReply {
  return reply
    .code(200)
    .header('content-type', 'text/csv; charset=utf-8')
    .header(
      'content-disposition',
      `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]+/g, '-')}"`,
    )
    .header('cache-control', 'no-store')
    .send(body);
}

const writeErrorResponses = {
  ...errorResponses,
  401: errorResponseSchema,
  403: errorResponseSchema,
};

export const businessCaseVersionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/business-case/versions',
    {
      schema: {
        tags: ['business case'],
        summary:
          'The business case versions, the decisions that put each in force, and the version in force at asOf',
        params: programmeParams,
        querystring: asOfQuery,
        response: { 200: businessCaseVersionsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      await requireProgrammeData(app.db, programmeId);
      const asOf = request.query.asOf ?? todayInLondon();
      return {
        programmeId,
        asOf,
        inForce: await versionInForce(app.db, programmeId, asOf),
        versions: await listBusinessCaseVersions(app.db, programmeId),
        decisions: await listInForceDecisions(app.db, programmeId),
      };
    },
  );

  app.post(
    '/api/programmes/:programmeId/business-case/in-force',
    {
      schema: {
        tags: ['business case'],
        summary:
          'Puts a business case version in force from a date, with the reason (a programme admin); later than every earlier decision',
        params: programmeParams,
        body: inForceBodySchema,
        response: { 201: inForceDecisionSchema, ...writeErrorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const user = requireRole(request, programmeId, ['admin']);
      await requireProgrammeData(app.db, programmeId);
      try {
        const decision = await decideVersionInForce(app.db, {
          programmeId,
          version: request.body.version,
          effectiveFrom: request.body.effectiveFrom,
          reason: request.body.reason,
          actor: auditActor(user),
        });
        invalidateProgramme(app.db, programmeId);
        return await reply.code(201).send(decision);
      } catch (err) {
        if (err instanceof InForceDecisionError) {
          throw new ApiError(400, 'bad_request', `body parameter "${err.field}" ${err.message}`, [
            { field: err.field, message: err.message },
          ]);
        }
        throw err;
      }
    },
  );

  app.get(
    '/api/programmes/:programmeId/business-case/compare',
    {
      schema: {
        tags: ['business case'],
        summary:
          'Two business case versions side by side per strand and metric (forecast benefit, cost, net) with every changed figure; format=csv for a download',
        params: programmeParams,
        querystring: compareVersionsQuerySchema,
        response: { 200: versionComparisonSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { a, b, format } = request.query;
      const versions = await listBusinessCaseVersions(app.db, programmeId);
      if (versions.length === 0) await requireProgrammeData(app.db, programmeId);
      const sideOf = async (version: number) => {
        const meta = versions.find((v) => v.version === version);
        if (meta === undefined) throw notFound('business case version', String(version));
        const data = await getProgrammeData(app.db, programmeId, { version });
        if (data === null) throw notFound('programme', programmeId);
        return { version, name: meta.name, data };
      };
      const comparison = toComparisonView({
        programmeId,
        ...compareVersions(await sideOf(a), await sideOf(b), todayInLondon()),
      });
      if (format === 'csv') {
        return sendCsv(
          reply,
          `${programmeId}-business-case-v${a}-v${b}.csv`,
          comparisonCsv(comparison),
        );
      }
      return comparison;
    },
  );
};

// Retiring a metric (issue 17): PUT …/metrics/:metricId/retirement with { retiredFrom, reason }.
// From that date no figures are due: no return is owed, none is taken, and no period counts as a
// missing return; figures already returned stand. retiredFrom null brings the metric back into
// use. Admins only; audited with the reason; raises the data version (a framework edit).
import {
  errorResponseSchema,
  frameworkEditResultSchema,
  metricRetirementBodySchema,
} from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActor, requireRole } from '../lib/authorise.js';
import { editFramework } from '../services/programme-setup/edit-framework.js';
import { retireMetric } from '../services/programme-setup/metric-retirement.js';
import { SMALL_BODY_LIMIT } from './auth.js';
import { errorResponses, metricParams } from './schemas.js';

export const metricRetirementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/programmes/:programmeId/metrics/:metricId/retirement',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['framework'],
        summary: 'Retire a metric from a date, or bring it back into use (admin)',
        params: metricParams,
        body: metricRetirementBodySchema,
        response: { 200: frameworkEditResultSchema, ...errorResponses, 409: errorResponseSchema },
      },
    },
    async (request) => {
      const { programmeId, metricId } = request.params;
      const actor = requireRole(request, programmeId, ['admin']);
      const change = await editFramework(
        app.db,
        programmeId,
        retireMetric(metricId, request.body),
        auditActor(actor),
      );
      return {
        programmeId,
        entity: change.entity,
        entityId: change.entityId,
        businessCaseVersion: change.businessCaseVersion,
      };
    },
  );
};

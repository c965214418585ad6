// Retiring a metric (issue 17): PUT …/metrics/:metricId/retirement with { retiredFrom, reason }.
// From that date no figures are due: no return is owed, none is taken, and no period counts as a
// missing return; figures already returned stand. retiredFrom null brings the metric back into
// use. Admins only; audited with the reason; raises the data version (a framework edit).
import { frameworkEditResultSchema, metricRetirementBodySchema } from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { retireMetric } from '../services/programme-setup/metric-retirement.js';
import {
  frameworkEditErrors,
  frameworkEditOptions,
  runFrameworkEdit,
} from './framework-edit-route.js';
import { metricParams } from './schemas.js';

export const metricRetirementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/api/programmes/:programmeId/metrics/:metricId/retirement',
    frameworkEditOptions('Retire a metric from a date, or bring it back into use', {
      params: metricParams,
      body: metricRetirementBodySchema,
      response: { 200: frameworkEditResultSchema, ...frameworkEditErrors },
    }),
    async (request) =>
      runFrameworkEdit(
        app.db,
        request,
        request.params.programmeId,
        retireMetric(request.params.metricId, request.body),
      ),
  );
};

// Every revision of one figure: what it said, who returned it, when, from which submission.
import { actualRevisionListSchema, isoDateSchema } from '@outcomes/contract';
import { isValidPeriodStart, periodLabel } from '@outcomes/core';
import { listActualRevisions } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../../lib/api-error.js';
import { toActualRevisions } from '../../mappers/submission.js';
import { requireProgrammeData } from '../../services/programme-evaluation.js';
import { errorResponses, metricParams } from '../schemas.js';

const periodParams = metricParams.extend({ periodStart: isoDateSchema });

export const revisionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/metrics/:metricId/periods/:periodStart/revisions',
    {
      schema: {
        tags: ['submissions'],
        summary: "Every revision of a metric-period's figure, oldest first (the last is current)",
        params: periodParams,
        response: { 200: actualRevisionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, metricId, periodStart } = request.params;
      const data = await requireProgrammeData(app.db, programmeId);
      const metric = data.metrics.find((m) => m.id === metricId);
      if (!metric) throw notFound('metric', metricId);
      if (!isValidPeriodStart(periodStart, metric.frequency)) {
        const message = `does not start a ${metric.frequency} of this metric`;
        throw new ApiError(400, 'bad_request', `params parameter "periodStart" ${message}`, [
          { field: 'periodStart', message },
        ]);
      }
      const revisions = await listActualRevisions(app.db, programmeId, metricId, periodStart);
      return {
        programmeId,
        metricId,
        periodStart,
        periodLabel: periodLabel(periodStart, metric.frequency),
        revisions: toActualRevisions(revisions),
      };
    },
  );
};

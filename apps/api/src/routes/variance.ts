import {
  boardNarrativeQuerySchema,
  boardNarrativeSchema,
  varianceQuerySchema,
  varianceSchema,
} from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../lib/api-error.js';
import { monthsBefore } from '../lib/months-before.js';
import { todayInLondon } from '../lib/today.js';
import { toProgrammeVariance, toStrandVariance } from '../mappers/variance.js';
import { boardNarrative } from '../services/board-narrative.js';
import { evaluateProgrammeAsOf } from '../services/programme-evaluation.js';
import { returnsDue } from '../services/submissions/returns-due.js';
import { errorResponses, programmeParams } from './schemas.js';

/** The gap to forecast and its bridge; the board pack's narrative. */
export const varianceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/variance',
    {
      schema: {
        tags: ['benefits'],
        summary:
          'Gap to forecast and the bridge from forecast to realised benefit to date (by strand, or by metric within one strand)',
        params: programmeParams,
        querystring: varianceQuerySchema,
        response: { 200: varianceSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const { data, evaluation } = await evaluateProgrammeAsOf(app.db, programmeId, asOf);
      const strandId = request.query.strandId;
      if (strandId === undefined) return toProgrammeVariance(evaluation, data.programme.name);
      const strand = evaluation.strands.find((s) => s.strand.id === strandId);
      if (!strand) throw notFound('strand', strandId);
      return toStrandVariance(evaluation, strand);
    },
  );

  app.get(
    '/api/programmes/:programmeId/board-narrative',
    {
      schema: {
        tags: ['benefits'],
        summary:
          'The board pack narrative: what moved since the previous meeting, the largest gaps, overdue returns',
        params: programmeParams,
        querystring: boardNarrativeQuerySchema,
        response: { 200: boardNarrativeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const since = request.query.since ?? monthsBefore(asOf, 2);
      if (since > asOf) {
        throw new ApiError(
          400,
          'bad_request',
          'The previous meeting must be on or before the meeting date.',
        );
      }
      const [now, then] = await Promise.all([
        evaluateProgrammeAsOf(app.db, programmeId, asOf),
        evaluateProgrammeAsOf(app.db, programmeId, since),
      ]);
      const owed = returnsDue(now.data, asOf);
      return boardNarrative({
        programmeName: now.data.programme.name,
        current: now.evaluation,
        previous: then.evaluation,
        since,
        overdueReturns: owed.partners.reduce((n, p) => n + p.overdue.length, 0),
      });
    },
  );
};

import { boardSummarySchema } from '@outcomes/contract';
import { listCommentary, listSpcRebases, standingSpcRebases } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../lib/api-error.js';
import { todayInLondon } from '../lib/today.js';
import { toBoardSummary } from '../mappers/board.js';
import { evaluateProgrammeAsOf } from '../services/programme-evaluation.js';
import { asOfQuery, errorResponses, programmeParams } from './schemas.js';

const boardQuery = asOfQuery.extend({ strandId: z.string().min(1).max(200).optional() });

/** The board summary: every metric's latest value, forecast, SPC icons and latest story. */
export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/metrics',
    {
      schema: {
        tags: ['benefits'],
        summary:
          'Every metric (or one strand\u2019s): latest value, forecast, SPC variation and assurance, latest commentary',
        params: programmeParams,
        querystring: boardQuery,
        response: { 200: boardSummarySchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const strandId = request.query.strandId ?? null;
      const { data, evaluation } = await evaluateProgrammeAsOf(app.db, programmeId, asOf);
      if (strandId !== null && !data.strands.some((s) => s.id === strandId)) {
        throw notFound('strand', strandId);
      }
      const [rebases, commentary] = await Promise.all([
        listSpcRebases(app.db, programmeId),
        listCommentary(app.db, programmeId),
      ]);
      return toBoardSummary(data, evaluation, strandId, standingSpcRebases(rebases), commentary);
    },
  );
};

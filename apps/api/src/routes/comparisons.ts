// Comparing places on a shared indicator code (issue 20): only programmes that opted in, and of
// those only the ones the user may see.
import { comparisonIndicatorListSchema, comparisonSchema } from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../lib/authorise.js';
import { todayInLondon } from '../lib/today.js';
import { comparisonAnswer } from '../services/comparison/comparison-answer.js';
import { visiblePlaces } from '../services/comparison/visible-places.js';
import { asOfQuery, errorResponses, pathText } from './schemas.js';

const codeParams = z.object({ code: pathText(100) });

export const comparisonRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/comparisons',
    {
      schema: {
        tags: ['comparisons'],
        summary: 'The indicator codes the user can compare places on',
        response: { 200: comparisonIndicatorListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const places = await visiblePlaces(app.db, requireUser(request));
      const byCode = new Map<
        string,
        { code: string; name: string; unit: string; places: number }
      >();
      for (const place of places) {
        for (const i of place.indicators) {
          const entry = byCode.get(i.code) ?? {
            code: i.code,
            name: i.name,
            unit: i.unit,
            places: 0,
          };
          entry.places += 1;
          byCode.set(i.code, entry);
        }
      }
      return {
        indicators: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code, 'en-GB')),
      };
    },
  );

  app.get(
    '/api/comparisons/:code',
    {
      schema: {
        tags: ['comparisons'],
        summary:
          'One indicator across the places the user may see: achievement, per 10,000, benefit per £, ranks, funnel position and SPC variation',
        params: codeParams,
        querystring: asOfQuery,
        response: { 200: comparisonSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { code } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      return comparisonAnswer(
        app.db,
        code,
        asOf,
        await visiblePlaces(app.db, requireUser(request)),
      );
    },
  );
};

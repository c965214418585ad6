// POST /api/programmes/:programmeId/scenarios: "what if", recomputed and returned, never stored.
import {
  asOfQuerySchema,
  scenarioComparisonSchema,
  scenarioRequestSchema,
} from '@outcomes/contract';
import { compareScenario, scenarioProblems } from '@outcomes/core';
import { getProgrammeData } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, notFound } from '../../lib/api-error.js';
import { todayInLondon } from '../../lib/today.js';
import { toScenarioComparison } from '../../mappers/finance-scenario.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { requireFinance } from './finance-access.js';

export const scenarioRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/programmes/:programmeId/scenarios',
    {
      schema: {
        tags: ['finance'],
        summary: 'Run a sensitivity scenario: base and scenario side by side (nothing is stored)',
        description:
          'Body: `unitCostChanges` [{unitCostId (or "*" for all), percent}] (a change to one unit ' +
          'cost takes the place of "*" for it), `optimismBias` {grade: correction} for grades 1-6, ' +
          '`discountRate`, `growthChange`, `attributionPercent`, `dropOffChange` (added to every ' +
          "persistence profile's drop-off) and `persistenceYearsChange` (whole years added to " +
          'every profile). The same evaluator runs on a modified copy of the programme. Finance and ' +
          'admin roles. A bad override is a 400 naming the field.',
        params: programmeParams,
        querystring: asOfQuerySchema,
        body: scenarioRequestSchema,
        response: { 200: scenarioComparisonSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      requireFinance(request, programmeId);
      const asOf = request.query.asOf ?? todayInLondon();
      const data = await getProgrammeData(app.db, programmeId, { asOf });
      if (!data) throw notFound('programme', programmeId);
      const problems = scenarioProblems(data, request.body);
      if (problems.length > 0) {
        throw new ApiError(
          400,
          'bad_request',
          problems.map((p) => `body parameter "${p.field}" ${p.message}`).join('; '),
          problems,
        );
      }
      return toScenarioComparison(
        programmeId,
        request.body,
        compareScenario(data, request.body, asOf),
      );
    },
  );
};

// GET /api/programmes/:programmeId/uncertainty: switching values and a seeded Monte Carlo run of
// the business case's net present value (issue 18). Recomputed on each request, nothing stored;
// the draws run on a worker thread, off the event loop.
import { uncertaintyQuerySchema, uncertaintySchema } from '@outcomes/contract';
import {
  buildNpvModel,
  DEFAULT_DRAWS,
  financePersistence,
  financeReturns,
  switchingValues,
} from '@outcomes/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { uncertaintyTable } from '../exports/uncertainty-table.js';
import { sendExport } from '../exports/send-export.js';
import { todayInLondon } from '../lib/today.js';
import { toUncertainty } from '../mappers/uncertainty.js';
import { financeAsOf } from '../services/finance-evaluation.js';
import { MonteCarloRunner } from '../services/uncertainty/monte-carlo-runner.js';
import { requireFinance } from './finance/finance-access.js';
import { errorResponses, programmeParams } from './schemas.js';

/** The seed when none is given: the same page shows the same figures until a seed is chosen. */
export const DEFAULT_SEED = 1;

export const uncertaintyRoutes: FastifyPluginAsyncZod = async (app) => {
  const runner = new MonteCarloRunner();
  app.addHook('onClose', () => runner.close());

  app.get(
    '/api/programmes/:programmeId/uncertainty',
    {
      schema: {
        tags: ['finance'],
        summary: 'Switching values and a Monte Carlo run of the business case NPV',
        description:
          'Switching values: how far each uncertain input (growth, attribution, optimism bias, ' +
          'unit costs, discount rate, drop-off) must move, the others unchanged, for the business ' +
          "case NPV (with each metric's persistence profile) to reach zero." +
          ` Monte Carlo: \`draws\` (default ${DEFAULT_DRAWS}) draws over the stated ` +
          `ranges from a seeded generator (\`seed\`, default ${DEFAULT_SEED}): P10, P50, P90, ` +
          'mean and a histogram. With `format=csv` or `format=xlsx` the same figures download ' +
          'as a file. Finance and admin roles.',
        params: programmeParams,
        querystring: uncertaintyQuerySchema,
        response: { 200: uncertaintySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      requireFinance(request, programmeId);
      const { format } = request.query;
      const asOf = request.query.asOf ?? todayInLondon();
      const f = await financeAsOf(app.db, programmeId, asOf);
      const model = buildNpvModel(f);
      const seed = request.query.seed ?? DEFAULT_SEED;
      const draws = request.query.draws ?? DEFAULT_DRAWS;
      const run = await runner.run({ model, seed, draws });
      const body = toUncertainty(
        programmeId,
        asOf,
        f.data.programme.discountRate,
        // The model values each metric's persistence profile, so its base case is the NPV with
        // persistence: the business case's own NPV when no metric has a profile.
        financePersistence(f, financeReturns(f).programme.businessCase).programme.netPresentValue,
        switchingValues(model),
        run,
      );
      if (format === 'json') return body;
      return sendExport(reply, uncertaintyTable(body, f.data.programme), format);
    },
  );
};

// GET /api/programmes/:programmeId/value-stack: fiscal, economic and social value with the
// financial and public-value returns side by side (GMCA cost-benefit model; issue 18).
import { financeQuerySchema, programmeValueStackSchema } from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendExport } from '../../exports/send-export.js';
import { valueStackTable } from '../../exports/value-stack-table.js';
import { todayInLondon } from '../../lib/today.js';
import { toProgrammeValueStack } from '../../mappers/finance-value-stack.js';
import { financeAsOf } from '../../services/finance-evaluation.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { requireFinance } from './finance-access.js';

export const valueStackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/value-stack',
    {
      schema: {
        tags: ['finance'],
        summary: 'Fiscal, economic and social value; financial and public value ROI',
        description:
          "A unit cost's value_gbp is its part in its own category; its optional economic and " +
          'social parts add to it. Financial ROI = PV(fiscal) / PV(cost); public value ROI = ' +
          'PV(fiscal + economic + social) / PV(cost), for the business case and realised to ' +
          'date, for the programme and each strand; outcomes carry values only. With ' +
          '`format=csv` or `format=xlsx` (finance and admin roles) the table downloads as a file.',
        params: programmeParams,
        querystring: financeQuerySchema,
        response: { 200: programmeValueStackSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, request.query.asOf ?? todayInLondon());
      const stack = toProgrammeValueStack(f);
      if (format === 'json') return stack;
      return sendExport(reply, valueStackTable(stack, f.data.programme), format);
    },
  );
};

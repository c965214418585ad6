// GET /api/programmes/:programmeId/costs/lines: the cost rows behind a cost figure.
import { costLinesQuerySchema, costLinesSchema } from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { costLinesTable } from '../../exports/finance-tables/cost-lines-table.js';
import { sendExport } from '../../exports/send-export.js';
import { todayInLondon } from '../../lib/today.js';
import { toCostLines } from '../../mappers/finance-lines.js';
import { financeAsOf } from '../../services/finance-evaluation.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { checkFilter } from './benefits.js';
import { requireFinance } from './finance-access.js';

export const costRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/costs/lines',
    {
      schema: {
        tags: ['finance'],
        summary: 'The cost rows behind a cost figure (forecast, or actual to date)',
        description:
          'Filters: strand, partner, financialYear, kind (transition, running). measure ' +
          'actualCostToDate lists the rows of years ended by asOf (an unknown actual adds nothing); ' +
          'forecastCost lists every row. With `format=csv` or `format=xlsx` (finance and admin ' +
          'roles) the table downloads as a file.',
        params: programmeParams,
        querystring: costLinesQuerySchema,
        response: { 200: costLinesSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const q = request.query;
      if (q.format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, q.asOf ?? todayInLondon());
      checkFilter(f.data, 'strand', q.strand);
      checkFilter(f.data, 'partner', q.partner);
      const lines = toCostLines(
        f,
        { strand: q.strand, partner: q.partner, financialYear: q.financialYear, kind: q.kind },
        q.measure,
      );
      if (q.format === 'json') return lines;
      return sendExport(reply, costLinesTable(lines, f.data.programme), q.format);
    },
  );
};

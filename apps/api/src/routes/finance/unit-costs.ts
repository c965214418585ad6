// GET /api/programmes/:programmeId/unit-costs: the unit-cost register (not as-of dependent).
import { unitCostRegisterSchema, unitCostsQuerySchema } from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { unitCostsTable } from '../../exports/finance-tables/unit-costs-table.js';
import { sendExport } from '../../exports/send-export.js';
import { toUnitCostRegister } from '../../mappers/finance-unit-costs.js';
import { requireProgrammeData } from '../../services/programme-evaluation.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { requireFinance } from './finance-access.js';

export const unitCostRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/unit-costs',
    {
      schema: {
        tags: ['finance'],
        summary:
          'Unit-cost register: every unit cost, its uprating, correction, bearers and metrics',
        description:
          'With `format=csv` or `format=xlsx` (finance and admin roles) the register downloads as a file.',
        params: programmeParams,
        querystring: unitCostsQuerySchema,
        response: { 200: unitCostRegisterSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const data = await requireProgrammeData(app.db, programmeId);
      const register = toUnitCostRegister(data);
      if (format === 'json') return register;
      return sendExport(reply, unitCostsTable(register, data.programme), format);
    },
  );
};

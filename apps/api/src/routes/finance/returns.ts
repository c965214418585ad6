// GET /api/programmes/:programmeId/returns, /equity and /reinvestment: the finance tables that
// depend on the as-of date.
import {
  financeQuerySchema,
  programmeEquitySchema,
  programmeReturnsSchema,
  reinvestmentPotSchema,
} from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  equityTable,
  reinvestmentTable,
  returnsTable,
} from '../../exports/finance-tables/returns-tables.js';
import { sendExport } from '../../exports/send-export.js';
import { todayInLondon } from '../../lib/today.js';
import { toProgrammeEquity } from '../../mappers/finance-equity.js';
import { toReinvestmentPot } from '../../mappers/finance-reinvestment.js';
import { toProgrammeReturns } from '../../mappers/finance-returns.js';
import { financeAsOf } from '../../services/finance-evaluation.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { requireFinance } from './finance-access.js';

const EXPORT_NOTE =
  ' With `format=csv` or `format=xlsx` (finance and admin roles) the table downloads as a file.';

export const returnsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/returns',
    {
      schema: {
        tags: ['finance'],
        summary: 'Costs and returns by financial year, for the programme and each strand',
        description:
          'Forecast and actual costs (transition, running), whole-case forecast and realised ' +
          'benefit, net, cumulative net, return on investment (benefit / cost), payback year and ' +
          "present values at the programme's discount rate (t = 0 in its first year), for the " +
          'business case as a whole and for realised to date. `persistence`: the business case ' +
          "with each metric's lag, persistence and drop-off (value within and after the " +
          "programme's years, NPV and ROI), the business case's own figures when no metric has one." +
          EXPORT_NOTE,
        params: programmeParams,
        querystring: financeQuerySchema,
        response: { 200: programmeReturnsSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, request.query.asOf ?? todayInLondon());
      const returns = toProgrammeReturns(f);
      if (format === 'json') return returns;
      return sendExport(reply, returnsTable(returns, f.data.programme), format);
    },
  );

  app.get(
    '/api/programmes/:programmeId/equity',
    {
      schema: {
        tags: ['finance'],
        summary: 'Partner equity: share of costs borne against share of benefits received',
        description:
          'To date: actual costs of the years ended, realised benefit × bearer share. Whole case: ' +
          'forecast costs and whole-case forecast benefit. gap = benefit share − cost share.' +
          EXPORT_NOTE,
        params: programmeParams,
        querystring: financeQuerySchema,
        response: { 200: programmeEquitySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, request.query.asOf ?? todayInLondon());
      const equity = toProgrammeEquity(f);
      if (format === 'json') return equity;
      return sendExport(reply, equityTable(equity, f.data.programme), format);
    },
  );

  app.get(
    '/api/programmes/:programmeId/reinvestment',
    {
      schema: {
        tags: ['finance'],
        summary: "Reinvestment pot: realised cashable benefit × the programme's reinvestment share",
        description:
          'By financial year; each year rounded to the penny, the total their sum.' + EXPORT_NOTE,
        params: programmeParams,
        querystring: financeQuerySchema,
        response: { 200: reinvestmentPotSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, request.query.asOf ?? todayInLondon());
      const pot = toReinvestmentPot(f);
      if (format === 'json') return pot;
      return sendExport(reply, reinvestmentTable(pot, f.data.programme), format);
    },
  );
};

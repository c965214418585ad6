// GET /api/programmes/:programmeId/benefits (the ledger) and /benefits/lines (behind a cell).
import {
  benefitLedgerSchema,
  benefitLinesQuerySchema,
  benefitLinesSchema,
  benefitsQuerySchema,
} from '@outcomes/contract';
import type { ProgrammeData } from '@outcomes/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { benefitLinesTable, ledgerTable } from '../../exports/finance-tables/benefit-tables.js';
import { sendExport } from '../../exports/send-export.js';
import { notFound } from '../../lib/api-error.js';
import { todayInLondon } from '../../lib/today.js';
import { toBenefitLedger } from '../../mappers/finance-ledger.js';
import { toBenefitLines } from '../../mappers/finance-lines.js';
import { financeAsOf } from '../../services/finance-evaluation.js';
import { errorResponses, programmeParams } from '../schemas.js';
import { requireFinance } from './finance-access.js';

const EXPORT_NOTE =
  ' With `format=csv` or `format=xlsx` (finance and admin roles) the same table downloads as a file.';

/** 404 for a filter naming something the programme does not have. */
export function checkFilter(
  data: ProgrammeData,
  what: 'strand' | 'partner' | 'metric' | 'outcome' | 'unit cost',
  id: string | undefined,
): void {
  if (id === undefined) return;
  const ids =
    what === 'strand'
      ? data.strands
      : what === 'partner'
        ? data.partners
        : what === 'metric'
          ? data.metrics
          : what === 'unit cost'
            ? data.unitCosts
            : data.outcomes;
  if (!ids.some((x) => x.id === id)) throw notFound(what, id);
}

export const benefitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/benefits',
    {
      schema: {
        tags: ['finance'],
        summary: 'Benefits ledger: forecast and realised benefit grouped one of six ways',
        description:
          'groupBy: strand, partner (by bearer share), financialYear, outcome, category or cashable. ' +
          'Each cell is the sum of its lines, each rounded to the penny; `reconciliation` sets the ' +
          'total row against the summary endpoint, which rounds each exact total once (they can ' +
          'differ by at most (lines + 1) × £0.005).' +
          EXPORT_NOTE,
        params: programmeParams,
        querystring: benefitsQuerySchema,
        response: { 200: benefitLedgerSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const { groupBy, format } = request.query;
      if (format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, request.query.asOf ?? todayInLondon());
      const ledger = toBenefitLedger(f, groupBy);
      if (format === 'json') return ledger;
      return sendExport(reply, ledgerTable(ledger, f.data.programme), format);
    },
  );

  app.get(
    '/api/programmes/:programmeId/benefits/lines',
    {
      schema: {
        tags: ['finance'],
        summary: 'The lines behind a ledger cell, with every factor, summing to the cell',
        description:
          'Filters (strand, partner, financialYear, metric, outcome, category, unitCost) pick the ' +
          'cell; ' +
          '`measure` the column and `part` (all, cashable, non-cashable) the cashable split. One ' +
          'line per bearer of each monetised metric period; `total` equals the ledger cell.' +
          EXPORT_NOTE,
        params: programmeParams,
        querystring: benefitLinesQuerySchema,
        response: { 200: benefitLinesSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const q = request.query;
      if (q.format !== 'json') requireFinance(request, programmeId);
      const f = await financeAsOf(app.db, programmeId, q.asOf ?? todayInLondon());
      checkFilter(f.data, 'strand', q.strand);
      checkFilter(f.data, 'partner', q.partner);
      checkFilter(f.data, 'metric', q.metric);
      checkFilter(f.data, 'outcome', q.outcome);
      checkFilter(f.data, 'unit cost', q.unitCost);
      const lines = toBenefitLines(
        f,
        {
          strand: q.strand,
          partner: q.partner,
          financialYear: q.financialYear,
          metric: q.metric,
          outcome: q.outcome,
          category: q.category,
          unitCost: q.unitCost,
          budget: q.budget,
        },
        q.measure,
        q.part,
      );
      if (q.format === 'json') return lines;
      return sendExport(reply, benefitLinesTable(lines, f.data.programme), q.format);
    },
  );
};

// What partners still owe, and templates pre-filled with it.
import {
  asOfQuerySchema,
  entrySheetQuerySchema,
  entrySheetSchema,
  returnsDueSchema,
  templateQuerySchema,
} from '@outcomes/contract';
import { getProgrammeData } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/api-error.js';
import { sendDownload } from '../../lib/send-download.js';
import { todayInLondon } from '../../lib/today.js';
import {
  templateCsv,
  templateXlsx,
  XLSX_MEDIA_TYPE,
} from '../../services/submissions/return-template.js';
import { requireProgrammeData } from '../../services/programme-evaluation.js';
import { entrySheet } from '../../services/submissions/entry-sheet.js';
import { returnsDue } from '../../services/submissions/returns-due.js';
import { errorResponses, programmeParams } from '../schemas.js';

const partnerParams = programmeParams.extend({ partnerId: z.string().min(1).max(200) });

async function owedAsOf(
  db: Parameters<typeof getProgrammeData>[0],
  programmeId: string,
  asOf: string,
) {
  // As known then: a figure returned after asOf was still owed at asOf.
  const data = await getProgrammeData(db, programmeId, { asOf });
  if (!data) throw notFound('programme', programmeId);
  return { data, due: returnsDue(data, asOf) };
}

export const returnsDueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/returns-due',
    {
      schema: {
        tags: ['submissions'],
        summary:
          'Per partner, each metric-period that has ended with no figure (overdue) and the period in progress (due next), as of a date',
        params: programmeParams,
        querystring: asOfQuerySchema,
        response: { 200: returnsDueSchema, ...errorResponses },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? todayInLondon();
      return (await owedAsOf(app.db, request.params.programmeId, asOf)).due;
    },
  );

  app.get(
    '/api/programmes/:programmeId/returns-due/:partnerId/entry',
    {
      schema: {
        tags: ['submissions'],
        summary:
          "The entry form for a partner and quarter (default: the last that has ended): each of its metrics' figures ending in the quarter, as they stand, with the period before's",
        params: partnerParams,
        querystring: entrySheetQuerySchema,
        response: { 200: entrySheetSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, partnerId } = request.params;
      const data = await requireProgrammeData(app.db, programmeId);
      const sheet = entrySheet(data, partnerId, todayInLondon(), request.query.quarter);
      if (!sheet) {
        throw request.query.quarter === undefined
          ? notFound('partner returning figures', partnerId)
          : notFound('ended quarter of the programme starting', request.query.quarter);
      }
      return sheet;
    },
  );

  app.get(
    '/api/programmes/:programmeId/returns-due/:partnerId/template',
    {
      schema: {
        tags: ['submissions'],
        summary:
          "A partner's return template (CSV or XLSX): the upload's columns, a row per figure owed",
        params: partnerParams,
        querystring: templateQuerySchema,
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { programmeId, partnerId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const { data, due } = await owedAsOf(app.db, programmeId, asOf);
      const owed = due.partners.find((p) => p.partnerId === partnerId);
      if (!owed) throw notFound('partner returning figures', partnerId);
      const format = request.query.format;
      const body =
        format === 'csv' ? templateCsv(owed) : await templateXlsx(owed, data.programme.name);
      return sendDownload(reply, {
        name: `${programmeId}-${partnerId}-return-${asOf}.${format}`,
        mediaType: format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MEDIA_TYPE,
        content: body,
      });
    },
  );
};

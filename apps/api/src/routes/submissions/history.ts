// The submission history: who returned what, when, from which file; each submission's rows; the
// original file as it came.
import { submissionDetailSchema, submissionListSchema } from '@outcomes/contract';
import { getSubmission, getSubmissionFile, listSubmissions } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../lib/api-error.js';
import { sendDownload } from '../../lib/send-download.js';
import { programmeNames, toSubmissionRow, toSubmissionSummary } from '../../mappers/submission.js';
import { requireProgrammeData } from '../../services/programme-evaluation.js';
import { XLSX_MEDIA_TYPE } from '../../services/submissions/return-template.js';
import { errorResponses, programmeParams } from '../schemas.js';

const submissionParams = programmeParams.extend({
  submissionId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});

export const historyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes/:programmeId/submissions',
    {
      schema: {
        tags: ['submissions'],
        summary: "The programme's submissions, newest first: who, when, which file, what changed",
        params: programmeParams,
        response: { 200: submissionListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId } = request.params;
      const names = programmeNames(await requireProgrammeData(app.db, programmeId));
      const submissions = await listSubmissions(app.db, programmeId);
      return { programmeId, submissions: submissions.map((s) => toSubmissionSummary(s, names)) };
    },
  );

  app.get(
    '/api/programmes/:programmeId/submissions/:submissionId',
    {
      schema: {
        tags: ['submissions'],
        summary: 'One submission and every row it brought (created, revised or unchanged)',
        params: submissionParams,
        response: { 200: submissionDetailSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { programmeId, submissionId } = request.params;
      const names = programmeNames(await requireProgrammeData(app.db, programmeId));
      const found = await getSubmission(app.db, programmeId, submissionId);
      if (!found) throw notFound('submission', String(submissionId));
      return {
        programmeId,
        submission: toSubmissionSummary(found.submission, names),
        rows: found.rows.map((r) => toSubmissionRow(r, names)),
      };
    },
  );

  app.get(
    '/api/programmes/:programmeId/submissions/:submissionId/file',
    {
      schema: {
        tags: ['submissions'],
        summary: 'The original file of an upload, byte for byte',
        params: submissionParams,
        response: errorResponses,
      },
    },
    async (request, reply) => {
      const { programmeId, submissionId } = request.params;
      const file = await getSubmissionFile(app.db, programmeId, submissionId);
      if (!file) throw notFound('uploaded file of submission', String(submissionId));
      return sendDownload(reply, {
        name: file.name,
        mediaType: file.type === 'xlsx' ? XLSX_MEDIA_TYPE : 'text/csv; charset=utf-8',
        content: file.content,
      });
    },
  );
};

import { programmeDetailSchema, programmeListSchema } from '@outcomes/contract';
import { listProgrammes } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readableProgrammes, requireUser } from '../lib/authorise.js';
import { toProgrammeDetail, toProgrammeListItem } from '../mappers/programme.js';
import { requireProgrammeData } from '../services/programme-evaluation.js';
import { errorResponses, programmeParams } from './schemas.js';

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary:
          'Every programme the signed-in user holds a role in (every programme, for an installation administrator)',
        response: { 200: programmeListSchema },
      },
    },
    // Only the programmes the user may read.
    async (request) => {
      const readable = readableProgrammes(requireUser(request));
      return (await listProgrammes(app.db)).filter((p) => readable(p.id)).map(toProgrammeListItem);
    },
  );

  app.get(
    '/api/programmes/:programmeId',
    {
      schema: {
        tags: ['programmes'],
        summary: "A programme's settings, partners, outcomes and strands",
        params: programmeParams,
        response: { 200: programmeDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      toProgrammeDetail(await requireProgrammeData(app.db, request.params.programmeId)),
  );
};

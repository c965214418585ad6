import { programmeDetailSchema, programmeListSchema } from '@outcomes/contract';
import { listProgrammes } from '@outcomes/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toProgrammeDetail, toProgrammeListItem } from '../mappers/programme.js';
import { requireProgrammeData } from '../services/programme-evaluation.js';
import { errorResponses, programmeParams } from './schemas.js';

export const programmeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/programmes',
    {
      schema: {
        tags: ['programmes'],
        summary: 'Every programme in the store',
        response: { 200: programmeListSchema },
      },
    },
    async () => (await listProgrammes(app.db)).map(toProgrammeListItem),
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

// Setting up a programme without the command line: an installation administrator creates it and
// gives it its first admin. The programme's admins then build its framework in forms
// (framework.ts) or by importing the business-case workbook.
import {
  adminAccessBodySchema,
  adminAccessResultSchema,
  createdProgrammeSchema,
  createProgrammeBodySchema,
  errorResponseSchema,
} from '@outcomes/contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActor, requireInstallationAdmin } from '../lib/authorise.js';
import { giveAdminAccess } from '../services/programme-setup/admin-access.js';
import { createProgramme } from '../services/programme-setup/create-programme.js';
import { SMALL_BODY_LIMIT } from './auth.js';
import { errorResponses, programmeParams } from './schemas.js';

const errors = { ...errorResponses, 409: errorResponseSchema };

export const installationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/programmes',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['programmes'],
        summary:
          'Create a programme with its settings and no framework yet (installation administrator)',
        body: createProgrammeBodySchema,
        response: { 201: createdProgrammeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireInstallationAdmin(request);
      const created = await createProgramme(app.db, request.body, auditActor(actor));
      return reply.code(201).send(created);
    },
  );

  app.post(
    '/api/programmes/:programmeId/admin-access',
    {
      bodyLimit: SMALL_BODY_LIMIT,
      schema: {
        tags: ['programmes'],
        summary:
          'Give a programme an admin: an existing account by email, or a new one with a name and first password (installation administrator)',
        params: programmeParams,
        body: adminAccessBodySchema,
        response: { 200: adminAccessResultSchema, 201: adminAccessResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = requireInstallationAdmin(request);
      const result = await giveAdminAccess(
        app.db,
        request.params.programmeId,
        request.body,
        auditActor(actor),
      );
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );
};

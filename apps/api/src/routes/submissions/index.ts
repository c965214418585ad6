// Quarterly returns: uploads and entered figures, history, revisions, returns owed, templates.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { historyRoutes } from './history.js';
import { returnsDueRoutes } from './returns-due.js';
import { revisionRoutes } from './revisions.js';
import { uploadRoutes } from './upload.js';

export const submissionRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(uploadRoutes);
  await app.register(historyRoutes);
  await app.register(revisionRoutes);
  await app.register(returnsDueRoutes);
};

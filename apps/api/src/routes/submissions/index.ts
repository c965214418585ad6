// Quarterly returns: uploads and entered figures, history, revisions, returns owed, templates.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { historyRoutes } from './history.js';
import { returnsDueRoutes } from './returns-due.js';
import { revisionRoutes } from './revisions.js';
import type { UploadParserOptions } from '../../services/submissions/upload-parser.js';
import { uploadRoutes } from './upload.js';

export const submissionRoutes: FastifyPluginAsyncZod<{
  uploads: Partial<UploadParserOptions>;
}> = async (app, options) => {
  await app.register(uploadRoutes, options);
  await app.register(historyRoutes);
  await app.register(revisionRoutes);
  await app.register(returnsDueRoutes);
};

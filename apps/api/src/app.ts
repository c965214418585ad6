import type { Db } from '@outcomes/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { errorHandler } from './plugins/error-handler.js';
import { openApi } from './plugins/openapi.js';
import { webApp } from './plugins/web-app.js';
import { healthRoutes } from './routes/health.js';
import { programmeRoutes } from './routes/programmes.js';
import { summaryRoutes } from './routes/summary.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export interface AppOptions {
  db: Db;
  /** Folder of the built web app to serve; undefined serves the API alone. */
  webDistDir?: string;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the whole application without listening: tests drive it through `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);

  await app.register(errorHandler);
  await app.register(openApi);
  await app.register(healthRoutes);
  await app.register(programmeRoutes);
  await app.register(summaryRoutes);
  await app.register(webApp, { distDir: options.webDistDir });
  return app;
}

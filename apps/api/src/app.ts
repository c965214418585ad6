import type { Db } from '@outcomes/db';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { defaultAuthOptions, type AuthOptions } from './lib/auth-options.js';
import { authentication } from './plugins/authentication.js';
import { errorHandler } from './plugins/error-handler.js';
import { securityHeaders } from './plugins/security-headers.js';
import { writeRateLimit } from './plugins/write-rate-limit.js';
import { openApi } from './plugins/openapi.js';
import { refuseNulText } from './plugins/refuse-nul-text.js';
import { programmeResponseCache } from './plugins/programme-response-cache.js';
import {
  requestContextCache,
  type RequestContextCacheOptions,
} from './plugins/request-context-cache.js';
import { webApp } from './plugins/web-app.js';
import { auditRoutes } from './routes/audit.js';
import { authRoutes } from './routes/auth.js';
import { healthRoutes } from './routes/health.js';
import { meRoutes } from './routes/me.js';
import { userRoutes } from './routes/users.js';
import { programmeRoutes } from './routes/programmes.js';
import { summaryRoutes } from './routes/summary.js';
import { varianceRoutes } from './routes/variance.js';
import { boardRoutes } from './routes/board.js';
import { commentaryRoutes } from './routes/commentary.js';
import { financeRoutes } from './routes/finance/index.js';
import { uncertaintyRoutes } from './routes/uncertainty.js';
import { submissionRoutes } from './routes/submissions/index.js';
import type { UploadParserOptions } from './services/submissions/upload-parser.js';
import { boardPackPdfRoutes, type BoardPackPdfOptions } from './routes/board-pack-pdf.js';
import { programmeWorkbookRoutes } from './routes/programme-workbook.js';
import { oidcSignInRoutes } from './routes/oidc-sign-in.js';
import type { OidcOptions } from './services/oidc/oidc-options.js';
import { businessCaseVersionRoutes } from './routes/business-case-versions.js';
import { valueStackRoutes } from './routes/finance/value-stack.js';
import { installationRoutes } from './routes/installation.js';
import { frameworkRoutes } from './routes/framework.js';
import { metricRetirementRoutes } from './routes/metric-retirement.js';
import { frameworkBusinessCaseRoutes } from './routes/framework-business-case.js';
import { comparisonRoutes } from './routes/comparisons.js';
import { publicPageRoutes } from './routes/public-page.js';

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
  /** Sessions, cookies, sign-in throttling and write limits; defaults are for production. */
  auth?: Partial<AuthOptions>;
  /** Trust X-Forwarded-* from a reverse proxy (TRUST_PROXY), so limits see the client address. */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** How many uploads are read at once and may wait (overall and per user); tests shrink them. */
  uploads?: Partial<UploadParserOptions>;
  /** The board-pack PDF's printer and print-queue bounds; defaults print with Chromium. */
  boardPack?: BoardPackPdfOptions;
  /** Single sign-on with an OpenID Connect provider; undefined: local accounts only. */
  oidc?: OidcOptions;
  /** Request contexts kept in memory, and (PostgreSQL) the listener that keeps them exact. */
  requestContexts?: RequestContextCacheOptions;
}

/** Builds the whole application without listening: tests drive it through `inject`. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Errors the router raises before any route runs (a path parameter longer than 100
    // characters, a malformed URL) are answered in the API's one error shape too.
    frameworkErrors: (error, _request, routerReply) => {
      // The router's reply has no route schema to type it by.
      const reply = routerReply as unknown as FastifyReply;
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
        void reply.code(414).send({
          error: {
            code: 'uri_too_long',
            message: 'A part of the address is longer than 100 characters.',
          },
        });
      } else {
        void reply
          .code(400)
          .send({ error: { code: 'bad_request', message: 'The address is not a valid URL.' } });
      }
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);

  const auth: AuthOptions = { ...defaultAuthOptions, ...options.auth };

  await app.register(errorHandler);
  await app.register(refuseNulText);
  await app.register(securityHeaders, { https: auth.cookieSecure });
  await app.register(requestContextCache, options.requestContexts ?? {});
  await app.register(authentication, auth);
  await app.register(writeRateLimit, { perMinute: auth.writeRateLimitPerMinute });
  await app.register(programmeResponseCache);
  await app.register(openApi);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(programmeRoutes);
  await app.register(summaryRoutes);
  await app.register(boardRoutes);
  await app.register(varianceRoutes);
  await app.register(commentaryRoutes);
  await app.register(financeRoutes);
  await app.register(uncertaintyRoutes);
  await app.register(submissionRoutes, { uploads: options.uploads ?? {} });
  await app.register(boardPackPdfRoutes, options.boardPack ?? {});
  await app.register(programmeWorkbookRoutes);
  await app.register(oidcSignInRoutes, { oidc: options.oidc });
  await app.register(businessCaseVersionRoutes);
  await app.register(valueStackRoutes);
  await app.register(installationRoutes);
  await app.register(frameworkRoutes);
  await app.register(metricRetirementRoutes);
  await app.register(frameworkBusinessCaseRoutes);
  await app.register(comparisonRoutes);
  await app.register(publicPageRoutes);
  await app.register(webApp, { distDir: options.webDistDir });
  return app;
}

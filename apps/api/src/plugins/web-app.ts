import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface WebAppOptions {
  /** The built web app (apps/web/dist); when absent, only the API is served. */
  distDir: string | undefined;
}

/**
 * Serves the built single-page app, and its index.html for any non-API path so that deep links
 * (/programmes/x/strands/y) work on reload. Unknown /api paths stay JSON 404s.
 */
export const webApp = fp<WebAppOptions>(
  async (app: FastifyInstance, { distDir }) => {
    const hasWebApp = distDir !== undefined && existsSync(join(distDir, 'index.html'));
    if (hasWebApp) {
      await app.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
    }
    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (hasWebApp && request.method === 'GET' && !path.startsWith('/api/') && path !== '/api') {
        return reply.type('text/html').sendFile('index.html');
      }
      request.log.info(
        { status: 404, method: request.method, url: request.url },
        'refused request',
      );
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: `No route ${request.method} ${path}.` } });
    });
  },
  { name: 'web-app', dependencies: ['error-handler'] },
);

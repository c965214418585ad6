// Security headers on every answer (helmet): a strict Content-Security-Policy for the
// web app (scripts from this origin only; inline style attributes are allowed because the charts
// draw SVG with them), no framing, no referrer; HSTS when served over HTTPS; and `no-store` on
// API answers, which carry figures shared under data-sharing agreements (the programme reads say
// `private, no-cache` instead: kept by this user's browser only, revalidated by ETag each time).
import helmet from 'helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityHeadersOptions {
  /** Served over HTTPS (COOKIE_SECURE): adds HSTS and upgrade-insecure-requests. */
  https: boolean;
}

export const securityHeaders = fp<SecurityHeadersOptions>(
  async (app: FastifyInstance, { https }) => {
    // helmet itself, not @fastify/helmet: that wrapper require()s helmet, which resolves to
    // helmet's ES module under the "import" export condition the tests run with.
    const applyHeaders = helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'self'"],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          imgSrc: ["'self'", 'data:'],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          scriptSrc: ["'self'"],
          scriptSrcAttr: ["'none'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          workerSrc: ["'self'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onRequest', (request, reply, done) => {
      applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
    });
    app.addHook('onSend', async (request, reply) => {
      reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
      const path = request.url.split('?')[0] ?? '';
      // A route may say otherwise (programme reads: `private, no-cache` with an ETag).
      const isApi = path === '/api' || path.startsWith('/api/');
      if (isApi && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    });
  },
  { name: 'security-headers' },
);

// Security headers on every answer (helmet): a strict Content-Security-Policy for the
// web app (scripts from this origin only; inline style attributes are allowed because the charts
// draw SVG with them), no framing, no referrer; HSTS when served over HTTPS; and `no-store` on
// API answers, which carry figures shared under data-sharing agreements (the programme reads say
// `private, no-cache` instead: kept by this user's browser only, revalidated by ETag each time).
//
// None of these headers depends on the request, so helmet runs once, at start-up, against a
// recording response, and every request then sets the recorded headers: running helmet's eleven
// middlewares on every request cost about a tenth of a cached read's CPU time (issue 19).
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityHeadersOptions {
  /** Served over HTTPS (COOKIE_SECURE): adds HSTS and upgrade-insecure-requests. */
  https: boolean;
}

const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=()';

/** The headers helmet sets with these options, as [name, value] pairs (names lower-case). */
export function securityHeaderList(https: boolean): [string, string][] {
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
  const headers = new Map<string, string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let failure: unknown;
  applyHeaders(
    {} as IncomingMessage,
    recorder as unknown as ServerResponse,
    (error?: unknown) => (failure = error),
  );
  if (failure !== undefined) throw failure;
  headers.set('permissions-policy', PERMISSIONS_POLICY);
  return [...headers];
}

export const securityHeaders = fp<SecurityHeadersOptions>(
  async (app: FastifyInstance, { https }) => {
    const list = securityHeaderList(https);
    // Set as Fastify headers, written with the status line in one go (no route writes to the Node
    // response past Fastify; error answers keep them). helmet's other step, removing
    // X-Powered-By, has nothing to remove this early: Node and Fastify never set it.
    app.addHook('onRequest', (_request, reply, done) => {
      for (const [name, value] of list) reply.header(name, value);
      done();
    });
    app.addHook('onSend', (request, reply, payload, done) => {
      // A route may say otherwise (programme reads: `private, no-cache` with an ETag).
      const url = request.url;
      const isApi = url.startsWith('/api/') || url === '/api' || url.startsWith('/api?');
      if (isApi && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);

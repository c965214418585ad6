// The board pack as a PDF: the web app's own board-pack page, printed by Chromium (playwright-core
// driving the system browser, as the browser tests do). Nothing is computed here: the page asks
// the same API endpoints the dashboard uses, and this route only prints it.
//
// The browser never opens a network port: every request the page makes is answered in process
// (`app.inject`) with the requester's own credentials (their session cookie or API token), and
// only GETs are let through, so printing a pack can read exactly what the requester may read and
// can change nothing.
import { existsSync } from 'node:fs';
import { errorResponseSchema, isoDateSchema } from '@outcomes/contract';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  LightMyRequestResponse,
} from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type * as Playwright from 'playwright-core';
import { z } from 'zod';
import { ApiError } from '../lib/api-error.js';
import { sendDownload } from '../lib/send-download.js';
import { todayInLondon } from '../lib/today.js';
import {
  AbandonedError,
  QueueFullError,
  RenderQueue,
  type RenderQueueOptions,
} from '../services/render-queue.js';
import { errorResponses, programmeParams } from './schemas.js';

const boardPackQuery = z.object({
  asOf: isoDateSchema.optional(),
  since: isoDateSchema.optional(),
});

/**
 * The origin the page is opened at; never resolved, every request is answered in process. HTTPS,
 * so a Content-Security-Policy with upgrade-insecure-requests (COOKIE_SECURE) changes nothing.
 */
const PACK_HOST = 'board-pack.outcomes.invalid';
const PACK_ORIGIN = `https://${PACK_HOST}`;
const RENDER_TIMEOUT_MS = 60_000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

function browserUnavailable(why: string): ApiError {
  return new ApiError(
    503,
    'browser_unavailable',
    `${why} The PDF is printed by Chromium on the server: install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable. Meanwhile, print the board pack page from your browser: its print stylesheet lays it out for A4.`,
  );
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

const DROPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'transfer-encoding',
  'connection',
]);

/** The requester's credentials, to send with every request the page makes. */
function credentials(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  if (request.headers.authorization) headers['authorization'] = request.headers.authorization;
  else if (request.headers.cookie) headers['cookie'] = request.headers.cookie;
  return headers;
}

export interface RenderInput {
  programmeId: string;
  asOf: string;
  since: string | undefined;
  auth: Record<string, string>;
}

/** Prints the pack; stops (closing the browser) when `signal` fires. */
export type RenderBoardPack = (
  app: FastifyInstance,
  input: RenderInput,
  signal: AbortSignal,
) => Promise<Buffer>;

const renderPdf: RenderBoardPack = async (app, input, signal) => {
  let playwright: typeof Playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    throw browserUnavailable('The playwright-core package is not installed.');
  }
  let browser: Playwright.Browser;
  try {
    browser = await playwright.chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (cause) {
    app.log.error({ err: cause }, 'Chromium did not start for the board pack');
    throw browserUnavailable(`The browser at ${chromiumPath()} did not start.`);
  }
  // The client went away: closing the browser makes whatever step is running fail at once.
  const stop = () => void browser.close().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    if (signal.aborted) throw new AbandonedError();
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    await context.route('**/*', async (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.host !== PACK_HOST || req.method() !== 'GET') {
        await route.abort('blockedbyclient');
        return;
      }
      let answer: LightMyRequestResponse;
      try {
        answer = await app.inject({
          method: 'GET',
          url: `${url.pathname}${url.search}`,
          headers: { ...input.auth, accept: req.headers()['accept'] ?? '*/*' },
        });
      } catch (cause) {
        app.log.error({ err: cause, url: url.pathname }, 'board pack request failed');
        await route.abort('failed');
        return;
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value === undefined || DROPPED_HEADERS.has(name)) continue;
        headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
      }
      await route.fulfill({ status: answer.statusCode, headers, body: answer.rawPayload });
    });
    const page = await context.newPage();
    const search = new URLSearchParams({ asOf: input.asOf });
    if (input.since) search.set('since', input.since);
    const path = `/programmes/${encodeURIComponent(input.programmeId)}/board-pack?${search}`;
    await page.goto(`${PACK_ORIGIN}${path}`, { timeout: RENDER_TIMEOUT_MS });
    const marker = page
      .locator(
        '[data-board-pack-ready="true"], [data-board-pack-ready="error"], [data-testid="login-form"]',
      )
      .first();
    await marker.waitFor({ timeout: RENDER_TIMEOUT_MS });
    const ready = await marker.getAttribute('data-board-pack-ready');
    if (ready !== 'true') {
      const message =
        ready === 'error'
          ? ((await marker.getAttribute('data-board-pack-error')) ?? 'The pack could not load.')
          : 'The pack page did not open: sign in again.';
      throw new ApiError(502, 'render_failed', `The board pack could not be printed: ${message}`);
    }
    await page.evaluate('document.fonts.ready.then(() => true)');
    const footer =
      `<div style="font-family:arial,sans-serif;font-size:8px;width:100%;text-align:center;color:#0b0c0c">` +
      `Board pack, meeting ${escapeHtml(longDate(input.asOf))} — page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footer,
      margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
    await context.close();
    return pdf;
  } catch (error) {
    throw signal.aborted ? new AbandonedError() : error;
  } finally {
    signal.removeEventListener('abort', stop);
    await browser.close().catch(() => undefined);
  }
};

/**
 * Fires when the client goes away before the answer is sent: the connection closes (a real
 * socket) or the request stream is destroyed (inject with a signal).
 */
function abandonment(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  const abandon = () => {
    if (!reply.raw.writableFinished) controller.abort();
  };
  reply.raw.once('close', abandon);
  request.raw.once('close', () => {
    if (request.raw.errored) abandon();
  });
  return controller.signal;
}

export interface BoardPackPdfOptions {
  /** Prints a pack; Chromium through playwright-core unless a test gives another. */
  render?: RenderBoardPack;
  /** Bounds of the print queue; see DEFAULT_PDF_QUEUE. */
  queue?: Partial<RenderQueueOptions>;
}

/**
 * One pack printed at a time (a browser is heavy, and a board pack is not a hot path), up to six
 * waiting, two per user (a second click while the first prints is fine; a third is refused).
 */
export const DEFAULT_PDF_QUEUE: RenderQueueOptions = {
  concurrency: 1,
  maxQueued: 6,
  maxPerUser: 2,
  retryAfterSeconds: 30,
};

export const boardPackPdfRoutes: FastifyPluginAsyncZod<BoardPackPdfOptions> = async (
  app,
  options,
) => {
  const render = options.render ?? renderPdf;
  const queue = new RenderQueue({ ...DEFAULT_PDF_QUEUE, ...options.queue });
  app.get(
    '/api/programmes/:programmeId/board-pack.pdf',
    {
      schema: {
        tags: ['benefits'],
        summary:
          'The board pack as a tagged A4 PDF with an outline (Chromium on the server; 503 without it)',
        params: programmeParams,
        querystring: boardPackQuery,
        response: {
          ...errorResponses,
          429: errorResponseSchema,
          502: errorResponseSchema,
          503: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { programmeId } = request.params;
      const asOf = request.query.asOf ?? todayInLondon();
      const since = request.query.since;
      if (since !== undefined && since > asOf) {
        throw new ApiError(
          400,
          'bad_request',
          'querystring parameter "since" must be on or before "asOf".',
        );
      }
      if (!existsSync(chromiumPath())) {
        throw browserUnavailable(`No browser is installed at ${chromiumPath()}.`);
      }
      const started = Date.now();
      const signal = abandonment(request, reply);
      const user = request.user ? `user:${request.user.id}` : `address:${request.ip}`;
      let pdf: Buffer;
      try {
        pdf = await queue.run(user, signal, (stop) =>
          render(app, { programmeId, asOf, since, auth: credentials(request) }, stop),
        );
      } catch (error) {
        if (error instanceof QueueFullError) {
          reply.header('retry-after', String(error.retryAfterSeconds));
        }
        if (error instanceof AbandonedError) {
          request.log.info({ programmeId, asOf, ms: Date.now() - started }, 'board pack abandoned');
          throw new ApiError(503, 'abandoned', 'The request ended before the pack was printed.');
        }
        throw error;
      }
      request.log.info(
        { programmeId, asOf, since, bytes: pdf.byteLength, ms: Date.now() - started },
        'board pack printed',
      );
      reply.header('x-render-ms', String(Date.now() - started));
      return sendDownload(reply, {
        name: `board-pack-${programmeId}-${asOf}.pdf`,
        mediaType: 'application/pdf',
        content: pdf,
      });
    },
  );
};

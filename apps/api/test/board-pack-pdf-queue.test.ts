// The board-pack PDF print queue: abandoned requests are dropped (waiting) or stopped (printing),
// so the next real request does not wait behind them; past the queue's bounds a request is
// refused at once, 429 for one user's share and 503 for the whole queue, with Retry-After. The
// printer is replaced by a stand-in that records each call and holds until released or aborted.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RenderBoardPack } from '../src/routes/board-pack-pdf.js';
import type { RenderQueueOptions } from '../src/services/render-queue.js';
import { createTestUser, injectAs, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const URL = '/api/programmes/tiny/board-pack.pdf?asOf=2014-03-31';
const savedPath = process.env['CHROMIUM_PATH'];

/** A printer that holds every job until `release()` or its signal; `instant` prints at once. */
function standInPrinter() {
  const calls: { signal: AbortSignal; aborted: boolean }[] = [];
  let open: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => (open = resolve));
  const printer = {
    calls,
    instant: false,
    release() {
      open();
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    render: (async (_app, _input, signal) => {
      const call = { signal, aborted: false };
      calls.push(call);
      if (!printer.instant) {
        await new Promise<void>((resolve, reject) => {
          void gate.then(resolve);
          signal.addEventListener('abort', () => {
            call.aborted = true;
            reject(new Error('stopped'));
          });
        });
      }
      return Buffer.from('%PDF-1.7 stand-in');
    }) as RenderBoardPack,
  };
  return printer;
}

async function appWith(queue: Partial<RenderQueueOptions>) {
  const printer = standInPrinter();
  const t = await startTestApp([tinyPackDir], { boardPack: { render: printer.render, queue } });
  return { t, printer };
}

const users = async (t: TestApp, n: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      createTestUser(t.db, {
        email: `reader-${i}@test.local`,
        programmeId: 'tiny',
        roles: [{ role: 'board' }],
      }),
    ),
  );

const pdf = (t: TestApp, token: string) => injectAs(t.app, { token }, { method: 'GET', url: URL });

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Waits until `refused` answers have come back while the printer holds the rest (so the queue was
 * full when they were refused), then releases the printer until every answer is in.
 */
async function answersOnceFull<T>(
  answers: Promise<T>[],
  printer: { release: () => void },
  refused: number,
): Promise<T[]> {
  let done = 0;
  const counted = answers.map((a) => a.finally(() => (done += 1)));
  while (done < refused) await settle();
  expect(done).toBe(refused); // the others are still held
  while (done < answers.length) {
    printer.release();
    await settle();
  }
  return Promise.all(counted);
}

beforeAll(() => {
  // The route checks a browser is installed before queueing; any existing file will do here.
  process.env['CHROMIUM_PATH'] = process.execPath;
});
afterAll(() => {
  if (savedPath === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = savedPath;
});

/** A GET over a real socket, which the client closes after `abandonAfterMs`. */
function abandonedGet(port: number, token: string, abandonAfterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: '127.0.0.1', port, path: URL, headers: { authorization: `Bearer ${token}` } },
      (response) => response.resume(),
    );
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    setTimeout(() => request.destroy(), abandonAfterMs);
  });
}

describe('abandoned PDF requests', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it(
    'fifteen abandoned after a second are not all printed, and the next real one does not wait',
    { timeout: 20_000 },
    async () => {
      const made = await appWith({ concurrency: 1, maxQueued: 20, maxPerUser: 20 });
      t = made.t;
      const { printer } = made;
      const [reader] = await users(t, 1);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (t.app.server.address() as AddressInfo).port;
      await Promise.all(Array.from({ length: 15 }, () => abandonedGet(port, reader!.token, 1000)));
      await settle();
      // Only the one that reached the printer was started (and, at most, the one behind it, whose
      // client left in the same instant), and each was told to stop; the others left the queue when
      // their clients went away, without being printed.
      expect(printer.calls.length).toBeGreaterThanOrEqual(1);
      expect(printer.calls.length).toBeLessThanOrEqual(2);
      expect(printer.calls.every((call) => call.aborted)).toBe(true);
      const abandoned = printer.calls.length;

      printer.instant = true;
      const started = Date.now();
      const real = await pdf(t, reader!.token);
      expect(real.statusCode).toBe(200);
      expect(real.headers['content-type']).toBe('application/pdf');
      expect(Date.now() - started).toBeLessThan(1000);
      expect(printer.calls).toHaveLength(abandoned + 1);
    },
  );
});

describe('a full print queue', () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('refuses a user’s third PDF at once with 429 and Retry-After (two per user by default)', async () => {
    const made = await appWith({});
    t = made.t;
    const [reader] = await users(t, 1);
    const all = await answersOnceFull(
      Array.from({ length: 3 }, () => pdf(t, reader!.token)),
      made.printer,
      1,
    );
    expect(all.map((a) => a.statusCode).sort()).toEqual([200, 200, 429]);
    const refused = all.find((a) => a.statusCode === 429)!;
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.json().error.code).toBe('too_many_requests');
  });

  it('answers 503 with Retry-After when one is printing and six wait', async () => {
    const made = await appWith({});
    t = made.t;
    const readers = await users(t, 4);
    const all = await answersOnceFull(
      readers.flatMap((r) => [pdf(t, r.token), pdf(t, r.token)]),
      made.printer,
      1,
    );
    expect(all.filter((a) => a.statusCode === 200)).toHaveLength(7);
    const busy = all.filter((a) => a.statusCode === 503);
    expect(busy).toHaveLength(1);
    expect(busy[0]!.headers['retry-after']).toBe('30');
    expect(busy[0]!.json().error.code).toBe('busy');
    expect(made.printer.calls).toHaveLength(7);
  });
});

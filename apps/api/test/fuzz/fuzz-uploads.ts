// The upload fuzz run: hostile requests (upload-cases.ts) sent to the real app on a real store,
// checking after each that the answer is not a server error and that a refused upload changed
// nothing (the store's checksum before and after). Used by upload-fuzz.test.ts (a few hundred
// cases in the normal test run) and run-upload-fuzz.ts (`npm run fuzz`, 100,000 by default).
import fc from 'fast-check';
import {
  authHeaders,
  createTestUser,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from '../helpers.js';
import { prepareIngredients, uploadCase, type UploadCase } from './upload-cases.js';

export interface FuzzFigures {
  cases: number;
  /** Answers by class: 2xx, 4xx, 5xx. */
  accepted: number;
  refused: number;
  serverErrors: number;
  /** Refused uploads after which the store was not as before. */
  partialWrites: number;
  byStatus: Record<number, number>;
  peakRssBytes: number;
  startRssBytes: number;
  ms: number;
  /** The slowest answer: what it was and how long it took. */
  slowest: { label: string; status: number; ms: number };
}

export interface FuzzOptions {
  cases: number;
  /** Cases per fresh store: the checksum reads the whole store, so it is kept small. */
  casesPerStore?: number;
  seed?: number;
  onProgress?: (figures: FuzzFigures) => void;
}

/** A fresh store with the tiny programme and a police data officer to upload as. */
async function freshStore(): Promise<{ t: TestApp; token: string }> {
  const t = await startTestApp([tinyPackDir], {
    auth: { writeRateLimitPerMinute: 1_000_000_000 },
  });
  const { token } = await createTestUser(t.db, {
    email: 'fuzz.officer@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'data-officer', partnerId: 'police' }],
  });
  return { t, token };
}

/**
 * Runs the cases; throws (with fast-check's shrunk counterexample and seed) at the first server
 * error or partial write, after reporting the figures so far.
 */
export async function runUploadFuzz(options: FuzzOptions): Promise<FuzzFigures> {
  const ingredients = await prepareIngredients();
  const started = Date.now();
  const figures: FuzzFigures = {
    cases: 0,
    accepted: 0,
    refused: 0,
    serverErrors: 0,
    partialWrites: 0,
    byStatus: {},
    peakRssBytes: process.memoryUsage().rss,
    startRssBytes: process.memoryUsage().rss,
    ms: 0,
    slowest: { label: '', status: 0, ms: 0 },
  };
  const perStore = options.casesPerStore ?? 2_000;
  let store = await freshStore();
  let baseline = await storeChecksum(store.t.db);
  let casesOnStore = 0;

  const check = async (c: UploadCase): Promise<void> => {
    if (casesOnStore >= perStore) {
      await store.t.close();
      store = await freshStore();
      baseline = await storeChecksum(store.t.db);
      casesOnStore = 0;
    }
    casesOnStore++;
    const sent = Date.now();
    const res = await store.t.app.inject({
      method: 'POST',
      url: '/api/programmes/tiny/submissions',
      headers: { ...authHeaders({ token: store.token }), 'content-type': c.contentType },
      payload: c.body,
    });
    const after = await storeChecksum(store.t.db);
    const status = res.statusCode;
    const took = Date.now() - sent;
    if (took > figures.slowest.ms) figures.slowest = { label: c.label, status, ms: took };
    if (process.env['FUZZ_TRACE'] === '1') console.log(`${c.label} ${status} ${took} ms`);
    figures.cases++;
    figures.byStatus[status] = (figures.byStatus[status] ?? 0) + 1;
    figures.peakRssBytes = Math.max(figures.peakRssBytes, process.memoryUsage().rss);
    figures.ms = Date.now() - started;
    if (figures.cases % 1000 === 0) options.onProgress?.(figures);
    if (status >= 500) {
      figures.serverErrors++;
      throw new Error(`${c.label}: answered ${status}: ${res.body.slice(0, 300)}`);
    }
    if (status >= 400) {
      figures.refused++;
      if (after !== baseline) {
        figures.partialWrites++;
        throw new Error(`${c.label}: refused with ${status} but the store changed`);
      }
      if (
        res.json<{ error?: { code?: unknown; message?: unknown } }>().error?.message === undefined
      ) {
        throw new Error(`${c.label}: refused with ${status} without the error shape`);
      }
    } else {
      figures.accepted++;
      baseline = after;
    }
  };

  try {
    await fc.assert(fc.asyncProperty(uploadCase(ingredients), check), {
      numRuns: options.cases,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      endOnFailure: true,
    });
  } finally {
    figures.ms = Date.now() - started;
    await store.t.close();
  }
  return figures;
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** The figures as printed by `npm run fuzz` and recorded in the README. */
export function describeFigures(f: FuzzFigures): string[] {
  const statuses = Object.entries(f.byStatus)
    .map(([status, n]) => `${status}: ${n}`)
    .join(', ');
  return [
    `cases: ${f.cases} in ${(f.ms / 1000).toFixed(1)} s`,
    `2xx (stored): ${f.accepted}; 4xx (refused): ${f.refused}; by status: ${statuses}`,
    `server errors (5xx): ${f.serverErrors}`,
    `partial writes (a refusal that changed the store): ${f.partialWrites}`,
    `resident memory: ${mib(f.startRssBytes)} at start, ${mib(f.peakRssBytes)} at peak`,
    `slowest answer: ${f.slowest.ms} ms (${f.slowest.label}, ${f.slowest.status})`,
  ];
}

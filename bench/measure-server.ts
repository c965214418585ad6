// Measures the API server as a child process on whichever store its environment names: each read
// endpoint's first answer (kept, for the floor checks and the engines' comparison), then autocannon
// with the server's CPU time per request; then the first summary read after each of a series of
// writes by this process (another process, as the server sees it); then the server's peak RSS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordSubmission, type Db } from '@outcomes/db';
import { startChildServer } from './child-server.js';
import type { Endpoint } from './endpoints.js';
import { BENCH_METRIC_ID } from './generate-pack.js';
import { percentile, runLoad, timeOnce, type LoadResult } from './http-load.js';
import type { SizeResult } from './report.js';

export interface MeasureServerOptions {
  /** `node <serverArgs>` starts the server. */
  serverArgs: string[];
  /** Points the server at its store (DATABASE_PATH or DATABASE_URL). */
  env: Record<string, string>;
  core?: number;
  programmeId: string;
  asOf: string;
  endpoints: Endpoint[];
  headers: Record<string, string>;
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
  /** Each endpoint's first answer is written here as <name>.json (the ceiling serves them). */
  payloadDir: string;
  /** The store the after-write check writes through (this process, not the server). */
  writer: Db;
  /** Names this run in notes ("152", "PostgreSQL at 152"). */
  label: string;
  notes: string[];
  log: (line: string) => void;
  /** CPU time used so far by the database's side of the server's connections (PostgreSQL). */
  databaseCpuMs?: () => Promise<number>;
}

export interface MeasuredEndpoint {
  e: Endpoint;
  /** The first answer's body, as the server sent it. */
  body: string;
  bytes: number;
  server: LoadResult;
}

export interface ServerRun {
  measured: MeasuredEndpoint[];
  /** Endpoints that answered 404 (not built yet), not measured. */
  skipped: string[];
  afterWrite: SizeResult['afterWrite'];
  peakRssBytes: number | null;
  /** Status of the summary read without credentials (200 would mean no authentication). */
  unauthenticatedStatus: number;
}

const AFTER_WRITE_SAMPLES = 15;

export async function measureServer(o: MeasureServerOptions): Promise<ServerRun> {
  const server = await startChildServer(
    o.serverArgs,
    { DEMO_PACK: '', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', ...o.env },
    o.core === undefined ? {} : { core: o.core },
  );
  const measured: MeasuredEndpoint[] = [];
  const skipped: string[] = [];
  try {
    const unauthenticated = await fetch(`${server.url}/api/programmes/${o.programmeId}/summary`);
    await unauthenticated.arrayBuffer();
    for (const e of o.endpoints) {
      const url = `${server.url}${e.path}`;
      const first = await timeOnce(url, o.headers);
      if (first.status === 404) {
        skipped.push(e.name);
        o.log(`  ${e.name}: 404, not measured (${first.body.slice(0, 120)})`);
        continue;
      }
      if (first.status !== 200) {
        throw new Error(`${e.path} answered ${first.status}: ${first.body.slice(0, 300)}`);
      }
      writeFileSync(join(o.payloadDir, `${e.name}.json`), first.body);
      const load = { url, headers: o.headers, connections: o.connections };
      if (o.warmupSeconds > 0) await runLoad({ ...load, durationSeconds: o.warmupSeconds });
      const cpuBefore = server.cpuMs();
      const databaseBefore = await o.databaseCpuMs?.();
      const result = await runLoad({ ...load, durationSeconds: o.durationSeconds });
      const requests = Math.max(1, result.requests);
      result.cpuMsPerRequest = (server.cpuMs() - cpuBefore) / requests;
      if (o.databaseCpuMs && databaseBefore !== undefined) {
        result.databaseCpuMsPerRequest = ((await o.databaseCpuMs()) - databaseBefore) / requests;
      }
      if (result.non2xx > 0 || result.errors > 0) {
        o.notes.push(
          `${e.name} at ${o.label}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load.`,
        );
      }
      const database =
        result.databaseCpuMsPerRequest === undefined
          ? ''
          : ` + ${result.databaseCpuMsPerRequest.toFixed(3)} ms in PostgreSQL`;
      o.log(
        `  ${e.name}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ` +
          `${Math.round(result.requestsPerSecond)} req/s, ` +
          `${(result.cpuMsPerRequest ?? Number.NaN).toFixed(3)} ms CPU a request${database} ` +
          `(${first.body.length} bytes)`,
      );
      measured.push({ e, body: first.body, bytes: Buffer.byteLength(first.body), server: result });
    }
    o.log(`  summary after a write by another process`);
    const afterWrite = await measureAfterWrite(
      o.writer,
      `${server.url}/api/programmes/${o.programmeId}/summary?asOf=${o.asOf}`,
      o.headers,
      o.programmeId,
      AFTER_WRITE_SAMPLES,
    );
    return {
      measured,
      skipped,
      afterWrite,
      peakRssBytes: server.peakRss(),
      unauthenticatedStatus: unauthenticated.status,
    };
  } finally {
    await server.stop();
  }
}

/** Writes a revision to one of the programme's figures, then reads the summary once. */
async function measureAfterWrite(
  db: Db,
  url: string,
  headers: Record<string, string>,
  programmeId: string,
  samples: number,
): Promise<SizeResult['afterWrite']> {
  const times: number[] = [];
  let visible = 0;
  let before = (await timeOnce(url, headers)).body;
  for (let i = 0; i < samples; i++) {
    await recordSubmission(db, {
      programmeId,
      source: 'form',
      actor: { userId: null, label: 'bench' },
      partnerId: null,
      rows: [
        {
          row: 2,
          metricId: BENCH_METRIC_ID,
          periodStart: '2016-04-01',
          value: 100 + i,
          note: 'After-write check',
        },
      ],
      // Before the as-of date, so the figure counts in the answer.
      at: new Date(Date.UTC(2017, 2, 1, 9, 0, i)).toISOString(),
    });
    const answer = await timeOnce(url, headers);
    times.push(answer.ms);
    if (answer.status === 200 && answer.body !== before) visible += 1;
    before = answer.body;
  }
  const sorted = Float64Array.from(times).sort();
  return {
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    iterations: samples,
    visible,
    samples,
  };
}

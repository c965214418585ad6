// Measures the API server as child processes (one, or several behind one store, the load spread
// across them as a load balancer would) on whichever store their environment names: each read
// endpoint's first answer (kept, for the floor checks and the engines' comparison), then autocannon
// with the servers' CPU time per request; then the first summary read after each of a series of
// writes by this process (another process, as the servers see it); then, when asked, the
// board-meeting load test (board-meeting.ts); then the largest server's peak RSS.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { announceChanges, recordSubmission, type Db } from '@outcomes/db';
import {
  runBoardMeeting,
  type BoardMeetingOptions,
  type BoardMeetingResult,
} from './board-meeting.js';
import { startChildServer } from './child-server.js';
import type { Endpoint } from './endpoints.js';
import { BENCH_METRIC_ID } from './generate-pack.js';
import { percentile, runLoadAcross, timeOnce, type LoadResult } from './http-load.js';
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
  /** Application servers started on the same store (default 1). */
  servers?: number;
  /**
   * Called once every endpoint's first answer is in payloadDir, before any load; then after each
   * endpoint's load, with what was measured. The SQLite run starts the bare-Fastify ceiling in the
   * first and measures it for the same endpoint in the second, so the two figures a target
   * compares are taken seconds apart, not minutes (this machine's speed drifts by tens of percent
   * over minutes).
   */
  onPayloadsWritten?: () => Promise<void>;
  afterEndpoint?: (measured: MeasuredEndpoint) => Promise<void>;
  /** Run the board-meeting load test with these accounts (createMeetingAccounts) and options. */
  boardMeeting?: {
    accounts: { readers: string[]; officers: string[] };
    options: BoardMeetingOptions;
  };
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
  boardMeeting: BoardMeetingResult | null;
}

const AFTER_WRITE_SAMPLES = 15;

export async function measureServer(o: MeasureServerOptions): Promise<ServerRun> {
  const count = Math.max(1, o.servers ?? 1);
  const started = await Promise.allSettled(
    Array.from({ length: count }, () =>
      startChildServer(
        o.serverArgs,
        // Sign-ins and uploads of the board meeting all come from this one address.
        {
          DEMO_PACK: '',
          LOG_LEVEL: 'silent',
          PORT: '0',
          HOST: '127.0.0.1',
          WRITE_RATE_LIMIT: '100000',
          ...o.env,
        },
        o.core === undefined ? {} : { core: o.core },
      ),
    ),
  );
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const measured: MeasuredEndpoint[] = [];
  const skipped: string[] = [];
  try {
    const failed = started.find((s) => s.status === 'rejected');
    if (failed?.status === 'rejected') throw failed.reason;
    const [server] = servers;
    if (server === undefined) throw new Error('no server started');
    const cpuMs = () => servers.reduce((n, s) => n + s.cpuMs(), 0);
    const unauthenticated = await fetch(`${server.url}/api/programmes/${o.programmeId}/summary`);
    await unauthenticated.arrayBuffer();
    const firsts: { e: Endpoint; body: string }[] = [];
    for (const e of o.endpoints) {
      const first = await timeOnce(`${server.url}${e.path}`, o.headers);
      if (first.status === 404) {
        skipped.push(e.name);
        o.log(`  ${e.name}: 404, not measured (${first.body.slice(0, 120)})`);
        continue;
      }
      if (first.status !== 200) {
        throw new Error(`${e.path} answered ${first.status}: ${first.body.slice(0, 300)}`);
      }
      writeFileSync(join(o.payloadDir, `${e.name}.json`), first.body);
      // Every server answers once before the warm-up, as the first did: otherwise the others'
      // first evaluation (hundreds of milliseconds, three servers sharing two cores) falls in the
      // warm-up or the measured run, and the endpoints measured first pay for it.
      for (const other of servers.slice(1)) await timeOnce(`${other.url}${e.path}`, o.headers);
      firsts.push({ e, body: first.body });
    }
    await o.onPayloadsWritten?.();
    for (const { e, body } of firsts) {
      const load = {
        urls: servers.map((s) => `${s.url}${e.path}`),
        headers: o.headers,
        connections: o.connections,
      };
      if (o.warmupSeconds > 0) await runLoadAcross({ ...load, durationSeconds: o.warmupSeconds });
      const cpuBefore = cpuMs();
      const databaseBefore = await o.databaseCpuMs?.();
      const result = await runLoadAcross({ ...load, durationSeconds: o.durationSeconds });
      const requests = Math.max(1, result.requests);
      result.cpuMsPerRequest = (cpuMs() - cpuBefore) / requests;
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
          `(${body.length} bytes)`,
      );
      const m = { e, body, bytes: Buffer.byteLength(body), server: result };
      measured.push(m);
      await o.afterEndpoint?.(m);
    }
    // Read through the last server: with several, not the one the load started on.
    const reader = servers[servers.length - 1] ?? server;
    o.log(`  summary after a write by another process`);
    const afterWrite = await measureAfterWrite(
      o.writer,
      `${reader.url}/api/programmes/${o.programmeId}/summary?asOf=${o.asOf}`,
      o.headers,
      o.programmeId,
      AFTER_WRITE_SAMPLES,
    );
    const boardMeeting =
      o.boardMeeting === undefined
        ? null
        : await runBoardMeeting(
            servers.map((s) => s.url),
            o.programmeId,
            o.boardMeeting.accounts,
            o.boardMeeting.options,
            o.log,
          );
    if (boardMeeting) {
      o.log(
        `  board meeting: ${boardMeeting.reads} reads, p50 ${boardMeeting.readP50Ms.toFixed(2)} ms, ` +
          `p99 ${boardMeeting.readP99Ms.toFixed(2)} ms, ${boardMeeting.failedReads} failed; ` +
          `${boardMeeting.writes} uploads, ${boardMeeting.failedWrites} failed` +
          (boardMeeting.failures.length > 0 ? ` (${boardMeeting.failures.join('; ')})` : ''),
      );
    }
    const rss = servers.map((s) => s.peakRss()).filter((r): r is number => r !== null);
    return {
      measured,
      skipped,
      afterWrite,
      peakRssBytes: rss.length === 0 ? null : Math.max(...rss),
      unauthenticatedStatus: unauthenticated.status,
      boardMeeting,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/**
 * Writes a revision to one of the programme's figures, then reads the summary once. The write is
 * made outside any API server, so, as the CLI does after its writes, it waits until every
 * listening PostgreSQL server has handled it (announceChanges; nothing on SQLite) before the read:
 * without that a PostgreSQL server hears of it a moment later, and a read sent in that moment may
 * be answered from before the write (14 of 15 saw it in one run on 7 December).
 */
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
    await announceChanges(db);
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

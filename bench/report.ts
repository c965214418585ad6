// The benchmark's one table (stdout) and bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import type { Engine } from '@outcomes/db';
import type { BoardMeetingOptions, BoardMeetingResult } from './board-meeting.js';
import type { GrowResult } from './build-store.js';
import type { LoadResult } from './http-load.js';
import type { WebSize } from './web-size.js';

export interface LatencySummary {
  p50Ms: number;
  p99Ms: number;
  iterations: number;
}

export interface EndpointResult {
  name: string;
  url: string;
  bytes: number;
  server: LoadResult;
  ceiling: LoadResult | null;
  floor: LatencySummary | null;
  /** The API's numbers equal the SQL floor's (null when there is nothing to compare). */
  floorCheck: string | null;
}

export interface SizeResult {
  programmes: number;
  programmeId: string;
  /** The store's rows per table group, and the file's size. */
  storeBytes: number;
  load: GrowResult;
  endpoints: EndpointResult[];
  skipped: string[];
  /** First read of the summary after a write by another process (the cache recomputes). */
  afterWrite: LatencySummary & { visible: number; samples: number };
  peakRssBytes: number | null;
  /** The board-meeting load test (largest size only; absent in older results). */
  boardMeeting?: BoardMeetingResult | null;
}

/** One read endpoint on PostgreSQL (no floor or ceiling: those are the SQLite rows'). */
export interface PostgresEndpointResult {
  name: string;
  url: string;
  bytes: number;
  server: LoadResult;
  /** 'equal', or the first difference from SQLite's answer at the same size (null: not compared). */
  sameAsSqlite: string | null;
}

/** The largest size again on PostgreSQL (issue 9), or why it was skipped. */
export type PostgresResult =
  | { measured: false; reason: string }
  | {
      measured: true;
      /** Where the server came from (BENCH_DATABASE_URL, TEST_DATABASE_URL or a throw-away cluster). */
      source: string;
      version: string;
      /** e.g. fsync=off: settings under which writes are faster than on a durable server. */
      unsafeSettings: string[];
      programmes: number;
      programmeId: string;
      /** Application servers in front of the one PostgreSQL (absent in older results: 1). */
      servers?: number;
      /** The schema's tables, indexes and TOAST, in bytes. */
      storeBytes: number;
      /** Loading every programme from empty (SQLite's sizes each load only the step's new ones). */
      load: GrowResult;
      endpoints: PostgresEndpointResult[];
      skipped: string[];
      /** Every compared answer equal to SQLite's (null when none was compared). */
      answersEqual: boolean | null;
      afterWrite: LatencySummary & { visible: number; samples: number };
      /** The largest server's. */
      peakRssBytes: number | null;
      boardMeeting?: BoardMeetingResult | null;
    };

export interface BenchResults {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryBytes: number;
    os: string;
    pinned: boolean;
  };
  node: string;
  settings: {
    sizes: number[];
    durationSeconds: number;
    warmupSeconds: number;
    connections: number;
    asOf: string;
    seed: number;
    /** Engines measured (runs before issue 9 measured SQLite only and lack this field). */
    engines?: Engine[];
    postgresServers?: number;
    boardMeeting?: BoardMeetingOptions;
  };
  sizes: SizeResult[];
  /** null when --engines left PostgreSQL out (and in results written before issue 9). */
  postgres?: PostgresResult | null;
  web: WebSize | null;
  targets: { target: string; met: boolean | null; detail: string }[];
  notes: string[];
}

const ms = (v: number | undefined | null) =>
  v === undefined || v === null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1);
const cpu = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(3));
const int = (v: number) => Math.round(v).toLocaleString('en-GB');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1048576).toFixed(0)} MB`);

/** The endpoint target: median within 2 × (SQL floor median + bare-Fastify median). */
export function targetRatio(e: EndpointResult): number | null {
  if (!e.floor || !e.ceiling) return null;
  return e.server.p50Ms / (e.floor.p50Ms + e.ceiling.p50Ms);
}

/** Cached-read throughput as a share of the bare Fastify route's answering the same bytes. */
export function ceilingShare(e: EndpointResult): number | null {
  if (!e.ceiling || !(e.ceiling.requestsPerSecond > 0)) return null;
  return e.server.requestsPerSecond / e.ceiling.requestsPerSecond;
}

/** The board-meeting rows of both engines. */
function formatBoardMeeting(rows: [string, BoardMeetingResult][]): string {
  return table(
    [
      'engine',
      'servers',
      'readers / officers',
      'reads',
      'reads/s',
      'read p50 / p99 ms',
      'failed reads',
      'uploads',
      'failed uploads',
      'upload p50 / p99 ms',
      'sign-in s',
    ],
    rows.map(([engine, b]) => [
      engine,
      String(b.servers),
      `${b.readers} / ${b.officers}`,
      int(b.reads),
      int(b.readsPerSecond),
      `${ms(b.readP50Ms)} / ${ms(b.readP99Ms)}`,
      int(b.failedReads),
      int(b.writes),
      int(b.failedWrites),
      `${ms(b.writeP50Ms)} / ${ms(b.writeP99Ms)}`,
      b.signInSeconds.toFixed(1),
    ]),
    1,
  );
}

function table(header: string[], rows: string[][], rightFrom = 1): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i >= rightFrom ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i >= rightFrom ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The report as Markdown tables (also what the README's Performance section shows). */
export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Outcomes benchmark, ${r.date.slice(0, 10)}: ${r.machine.cpu}, ${r.machine.cores} cores, ` +
      `${(r.machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${r.node}; ` +
      `${r.settings.connections} connections × ${r.settings.durationSeconds} s per run` +
      (r.machine.pinned
        ? ', server on core 0, load generator on core 1 (taskset)'
        : ', not pinned'),
  );
  out.push('');
  // Only the engines run: `--engines postgres` measures no SQLite size.
  if (r.sizes.length > 0) out.push(formatSqlite(r), '');
  if (r.postgres) {
    out.push(formatEngines(r, r.postgres));
    out.push('');
  }
  const meetings: [string, BoardMeetingResult][] = [];
  const sqliteMeeting = r.sizes[r.sizes.length - 1]?.boardMeeting;
  if (sqliteMeeting) meetings.push(['SQLite', sqliteMeeting]);
  if (r.postgres?.measured && r.postgres.boardMeeting) {
    meetings.push(['PostgreSQL', r.postgres.boardMeeting]);
  }
  if (meetings.length > 0) {
    out.push('Board meeting (sessions signed in with a password, think time between pages):');
    out.push('', formatBoardMeeting(meetings), '');
  }
  if (r.web) {
    out.push(
      `Web app (gzip -9): JavaScript ${kb(r.web.jsGzip)} (${kb(r.web.jsBytes)} raw), CSS ` +
        `${kb(r.web.cssGzip)} (${kb(r.web.cssBytes)} raw); first page JavaScript ` +
        `${kb(r.web.firstPageJsGzip)} (${r.web.firstPageFiles.length} files).`,
    );
  } else {
    out.push('Web app: apps/web/dist not built.');
  }
  out.push('');
  out.push(
    table(
      ['target', 'met', 'figures'],
      r.targets.map((t) => [t.target, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO', t.detail]),
      99,
    ),
  );
  for (const note of r.notes) out.push(`- ${note}`);
  return out.join('\n');
}

/** The SQLite sizes: each endpoint against its floor and ceiling, then loading and memory. */
function formatSqlite(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    table(
      [
        'programmes',
        'endpoint',
        'bytes',
        'p50 ms',
        'p99 ms',
        'req/s',
        'CPU ms/req',
        'SQL floor p50',
        'bare Fastify p50',
        'bare CPU ms/req',
        'p50 / (floor + bare)',
        'req/s / bare req/s',
        'floor check',
      ],
      r.sizes.flatMap((s) =>
        s.endpoints.map((e) => {
          const ratio = targetRatio(e);
          return [
            String(s.programmes),
            e.name,
            int(e.bytes),
            ms(e.server.p50Ms),
            ms(e.server.p99Ms),
            int(e.server.requestsPerSecond),
            cpu(e.server.cpuMsPerRequest),
            ms(e.floor?.p50Ms),
            ms(e.ceiling?.p50Ms),
            cpu(e.ceiling?.cpuMsPerRequest),
            ratio === null ? '–' : `${ratio.toFixed(2)}×${ratio <= 2 ? '' : ' (target ≤ 2×)'}`,
            ceilingShare(e) === null ? '–' : `${Math.round(100 * (ceilingShare(e) ?? 0))}%`,
            e.floorCheck ?? '–',
          ];
        }),
      ),
      2,
    ),
  );
  out.push('');
  out.push(
    table(
      [
        'programmes',
        'store',
        'loader rows/s',
        'read / write s',
        'raw insert rows/s',
        'loader / raw',
        'write-only / raw',
        'summary after a write p50',
        'server peak RSS',
      ],
      r.sizes.map((s) => {
        const l = s.load;
        const loaderRate = l.rows / ((l.readMs + l.saveMs) / 1000);
        const writeRate = l.rows / (l.saveMs / 1000);
        const floorRate =
          l.floorMs !== undefined && l.floorRows !== undefined
            ? l.floorRows / (l.floorMs / 1000)
            : null;
        return [
          String(s.programmes),
          mb(s.storeBytes),
          int(loaderRate),
          `${(l.readMs / 1000).toFixed(1)} / ${(l.saveMs / 1000).toFixed(1)}`,
          floorRate === null ? '–' : int(floorRate),
          floorRate === null ? '–' : `${Math.round((100 * loaderRate) / floorRate)}%`,
          floorRate === null ? '–' : `${Math.round((100 * writeRate) / floorRate)}%`,
          `${ms(s.afterWrite.p50Ms)} ms (${s.afterWrite.visible}/${s.afterWrite.samples} saw the write)`,
          mb(s.peakRssBytes),
        ];
      }),
      1,
    ),
  );
  return out.join('\n');
}

/** Rows per second of a load: reading and writing, and writing alone. */
const loadRates = (l: GrowResult) => ({
  loader: l.rows / ((l.readMs + l.saveMs) / 1000),
  write: l.rows / (l.saveMs / 1000),
});

/** The largest size on both engines: the endpoints side by side, then loading and memory. */
function formatEngines(r: BenchResults, pg: PostgresResult): string {
  if (!pg.measured) return `PostgreSQL: not measured (${pg.reason}).`;
  const sqlite = r.sizes.find((s) => s.programmes === pg.programmes);
  const triple = (l: LoadResult | undefined) =>
    l === undefined ? '–' : `${ms(l.p50Ms)} / ${ms(l.p99Ms)} / ${int(l.requestsPerSecond)}`;
  const out: string[] = [];
  out.push(
    `SQLite and PostgreSQL (${pg.version}${pg.unsafeSettings.length > 0 ? `, ${pg.unsafeSettings.join(', ')}` : ''}) ` +
      `at ${pg.programmes} programme${pg.programmes === 1 ? '' : 's'}, PostgreSQL behind ` +
      `${pg.servers ?? 1} application server${(pg.servers ?? 1) === 1 ? '' : 's'} (SQLite one); answers equal: ` +
      (pg.answersEqual === null ? 'not compared' : pg.answersEqual ? 'yes' : 'NO'),
  );
  out.push('');
  out.push(
    table(
      [
        'endpoint',
        'SQLite p50 / p99 ms / req/s',
        'PostgreSQL p50 / p99 ms / req/s',
        'p50 PostgreSQL / SQLite',
        'req/s SQLite / PostgreSQL',
        'SQLite CPU ms/req',
        'PostgreSQL CPU ms/req (server + database)',
        'same answer',
      ],
      pg.endpoints.map((e) => {
        const lite = sqlite?.endpoints.find((x) => x.name === e.name)?.server;
        return [
          e.name,
          triple(lite),
          triple(e.server),
          lite === undefined ? '–' : `${(e.server.p50Ms / lite.p50Ms).toFixed(2)}×`,
          lite === undefined
            ? '–'
            : `${(lite.requestsPerSecond / e.server.requestsPerSecond).toFixed(2)}×`,
          cpu(lite?.cpuMsPerRequest),
          `${cpu(e.server.cpuMsPerRequest)} + ${cpu(e.server.databaseCpuMsPerRequest)}`,
          e.sameAsSqlite ?? '–',
        ];
      }),
      1,
    ),
  );
  out.push('');
  // SQLite's sizes each load only the programmes added since the last size: summed, they are the
  // same programmes PostgreSQL loads from empty.
  const sqliteSizes = r.sizes.filter((s) => s.programmes <= pg.programmes);
  const sum = (pick: (l: GrowResult) => number) =>
    sqliteSizes.reduce((n, s) => n + pick(s.load), 0);
  const sqliteLoad: GrowResult | null =
    sqlite === undefined
      ? null
      : {
          ...sqlite.load,
          programmes: sum((l) => l.programmes),
          rows: sum((l) => l.rows),
          readMs: sum((l) => l.readMs),
          saveMs: sum((l) => l.saveMs),
          floorMs: sum((l) => l.floorMs ?? 0),
          floorRows: sum((l) => l.floorRows ?? 0),
          revisions: sum((l) => l.revisions),
          revisionMs: sum((l) => l.revisionMs),
        };
  const loadRow = (
    engine: string,
    l: GrowResult,
    storeBytes: number,
    afterWrite: SizeResult['afterWrite'],
    rss: number | null,
  ) => {
    const rates = loadRates(l);
    return [
      engine,
      mb(storeBytes),
      int(l.rows),
      `${((l.readMs + l.saveMs) / 1000).toFixed(1)} s`,
      int(rates.loader),
      int(rates.write),
      l.floorMs === undefined || l.floorRows === undefined
        ? '–'
        : int(l.floorRows / (l.floorMs / 1000)),
      l.floorMs === undefined || l.floorRows === undefined
        ? '–'
        : `${Math.round((100 * rates.loader) / (l.floorRows / (l.floorMs / 1000)))}%`,
      `${int(l.revisions)} in ${(l.revisionMs / 1000).toFixed(1)} s`,
      `${ms(afterWrite.p50Ms)} ms (${afterWrite.visible}/${afterWrite.samples} saw the write)`,
      mb(rss),
    ];
  };
  out.push(
    table(
      [
        'engine',
        'store',
        'rows loaded',
        'loading',
        'loader rows/s',
        'write-only rows/s',
        'raw floor rows/s',
        'loader / raw',
        'revisions',
        'summary after a write p50',
        'server peak RSS',
      ],
      [
        ...(sqlite && sqliteLoad
          ? [
              loadRow(
                'SQLite',
                sqliteLoad,
                sqlite.storeBytes,
                sqlite.afterWrite,
                sqlite.peakRssBytes,
              ),
            ]
          : []),
        loadRow('PostgreSQL', pg.load, pg.storeBytes, pg.afterWrite, pg.peakRssBytes),
      ],
      1,
    ),
  );
  return out.join('\n');
}

export function machine(pinned: boolean): BenchResults['machine'] {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryBytes: totalmem(),
    os: `${platform()} ${release()}`,
    pinned,
  };
}

/** The targets of issue 7, judged from the figures. */
export function judgeTargets(r: BenchResults): BenchResults['targets'] {
  const targets: BenchResults['targets'] = [];
  const all = r.sizes.flatMap((s) => s.endpoints.map((e) => ({ s, e, ratio: targetRatio(e) })));
  const over = all.filter((x) => x.ratio !== null && x.ratio > 2);
  targets.push({
    target: 'every read endpoint p50 ≤ 2 × (SQL floor + bare Fastify), every size',
    met: all.length === 0 ? null : over.length === 0,
    detail:
      all.length === 0
        ? 'SQLite not measured'
        : over.length === 0
          ? `worst ${Math.max(...all.map((x) => x.ratio ?? 0)).toFixed(2)}×`
          : over.map((x) => `${x.e.name}@${x.s.programmes}: ${x.ratio?.toFixed(2)}×`).join(', '),
  });
  const summaryAt = (n: number) =>
    r.sizes.find((s) => s.programmes === n)?.endpoints.find((e) => e.name === 'summary');
  const smallest = r.sizes[0];
  const largest = r.sizes[r.sizes.length - 1];
  const first = smallest ? summaryAt(smallest.programmes) : undefined;
  const last = largest ? summaryAt(largest.programmes) : undefined;
  if (first && last && smallest && largest && smallest !== largest) {
    const growth = last.server.p50Ms / first.server.p50Ms;
    targets.push({
      target: `summary p50 at ${largest.programmes} ≤ 1.2 × at ${smallest.programmes} programme(s)`,
      met: growth <= 1.2,
      detail: `${ms(last.server.p50Ms)} / ${ms(first.server.p50Ms)} ms = ${growth.toFixed(2)}×`,
    });
  }
  if (last && largest) {
    targets.push({
      target: `summary p99 < 20 ms and > 2,000 req/s on one core at ${largest.programmes}`,
      met: last.server.p99Ms < 20 && last.server.requestsPerSecond > 2000,
      detail: `p99 ${ms(last.server.p99Ms)} ms, ${int(last.server.requestsPerSecond)} req/s`,
    });
  }
  const loads = r.sizes.filter((s) => s.load.floorMs !== undefined);
  if (loads.length > 0) {
    const rows = loads.reduce((n, s) => n + s.load.rows, 0);
    const loaderMs = loads.reduce((n, s) => n + s.load.readMs + s.load.saveMs, 0);
    const writeMs = loads.reduce((n, s) => n + s.load.saveMs, 0);
    const floorRows = loads.reduce((n, s) => n + (s.load.floorRows ?? 0), 0);
    const floorMs = loads.reduce((n, s) => n + (s.load.floorMs ?? 0), 0);
    const share = rows / loaderMs / (floorRows / floorMs);
    const cpu = (pick: (l: SizeResult['load']) => number) =>
      loads.reduce((n, s) => n + pick(s.load), 0);
    const floorCpu = cpu((l) => l.floorCpuMs ?? 0);
    const pct = (ms: number) => Math.round((100 * rows) / ms / (floorRows / floorCpu));
    targets.push({
      target: 'loader ≥ 50% of the raw-insert floor (rows/s)',
      met: share >= 0.5,
      detail:
        `${Math.round(100 * share)}% reading and writing; ` +
        `${Math.round((100 * rows) / writeMs / (floorRows / floorMs))}% writing alone ` +
        `(in CPU time: ${pct(cpu((l) => l.readCpuMs + l.saveCpuMs))}% and ${pct(cpu((l) => l.saveCpuMs))}%)`,
    });
  }
  const lastSize = r.sizes[r.sizes.length - 1];
  if (lastSize && lastSize.endpoints.some((e) => ceilingShare(e) !== null)) {
    const shares = lastSize.endpoints.map((e) => ({ e, share: ceilingShare(e) ?? 0 }));
    const low = shares.filter((x) => x.share < 0.35);
    const worst = shares.reduce((a, b) => (b.share < a.share ? b : a));
    targets.push({
      target: `every cached read ≥ 35% of the bare Fastify route's req/s on SQLite at ${lastSize.programmes}`,
      met: low.length === 0,
      detail:
        low.length === 0
          ? `worst ${worst.e.name} ${Math.round(100 * worst.share)}%`
          : low.map((x) => `${x.e.name}: ${Math.round(100 * x.share)}%`).join(', '),
    });
    const slow = lastSize.endpoints.filter((e) => !(e.server.p99Ms < 5));
    targets.push({
      target: `every cached read p99 < 5 ms on SQLite at ${lastSize.programmes}`,
      met: slow.length === 0,
      detail:
        slow.length === 0
          ? `worst ${ms(Math.max(...lastSize.endpoints.map((e) => e.server.p99Ms)))} ms`
          : slow.map((e) => `${e.name}: ${ms(e.server.p99Ms)} ms`).join(', '),
    });
  }
  const pgLoad = r.postgres?.measured ? r.postgres.load : undefined;
  if (pgLoad?.floorMs !== undefined && pgLoad.floorRows !== undefined && pgLoad.floorMs > 0) {
    const share =
      pgLoad.rows / (pgLoad.readMs + pgLoad.saveMs) / (pgLoad.floorRows / pgLoad.floorMs);
    targets.push({
      target: "PostgreSQL loader ≥ 50% of PostgreSQL's raw-insert floor (rows/s)",
      met: share >= 0.5,
      detail:
        `${Math.round(100 * share)}% reading and writing; ` +
        `${Math.round((100 * pgLoad.rows) / pgLoad.saveMs / (pgLoad.floorRows / pgLoad.floorMs))}% writing alone`,
    });
  }
  if (r.postgres?.measured) {
    const pg = r.postgres;
    const sqliteAt = r.sizes.find((s) => s.programmes === pg.programmes);
    if (sqliteAt) {
      const ratios = pg.endpoints.flatMap((e) => {
        const lite = sqliteAt.endpoints.find((x) => x.name === e.name)?.server;
        if (!lite) return [];
        return [
          {
            name: e.name,
            p50: e.server.p50Ms / lite.p50Ms,
            rate: lite.requestsPerSecond / e.server.requestsPerSecond,
          },
        ];
      });
      const over = ratios.filter((x) => x.p50 > 1.5 || x.rate > 1.5);
      const worst = Math.max(...ratios.map((x) => Math.max(x.p50, x.rate)));
      targets.push({
        target: `PostgreSQL (${pg.servers ?? 1} servers) within 1.5× of SQLite on every read endpoint (p50 and req/s)`,
        met: ratios.length === 0 ? null : over.length === 0,
        detail:
          ratios.length === 0
            ? 'not compared'
            : over.length === 0
              ? `worst ${worst.toFixed(2)}×`
              : over
                  .map((x) => `${x.name}: p50 ${x.p50.toFixed(2)}×, req/s ${x.rate.toFixed(2)}×`)
                  .join('; '),
      });
    }
  }
  const meetingsJudged: [string, BoardMeetingResult | null | undefined][] = [
    ['SQLite', r.sizes[r.sizes.length - 1]?.boardMeeting],
    ['PostgreSQL', r.postgres?.measured ? r.postgres.boardMeeting : undefined],
  ];
  for (const [engine, b] of meetingsJudged) {
    if (!b) continue;
    targets.push({
      target: `board meeting on ${engine}: 0 failed writes (and reads)`,
      met: b.failedWrites === 0 && b.failedReads === 0,
      detail:
        `${b.readers} readers, ${b.officers} officers: read p99 ${ms(b.readP99Ms)} ms, ` +
        `${b.failedReads} failed reads, ${b.failedWrites} of ${b.writes} writes failed`,
    });
  }
  if (r.postgres) {
    const pg = r.postgres;
    const differing = pg.measured
      ? pg.endpoints.filter((e) => e.sameAsSqlite !== null && e.sameAsSqlite !== 'equal')
      : [];
    targets.push({
      target: `PostgreSQL answers equal SQLite's${pg.measured ? ` at ${pg.programmes}` : ''}`,
      met: pg.measured ? pg.answersEqual : null,
      detail: !pg.measured
        ? `PostgreSQL not measured: ${pg.reason}`
        : pg.answersEqual === null
          ? 'not compared'
          : differing.length === 0
            ? `${pg.endpoints.length} endpoints, the same JSON`
            : differing.map((e) => `${e.name}: ${e.sameAsSqlite}`).join('; '),
    });
  }
  if (r.web) {
    targets.push({
      target: 'web app first page < 300 kB JavaScript gzipped',
      met: r.web.firstPageJsGzip < 300 * 1024,
      detail: `${kb(r.web.firstPageJsGzip)} (all JavaScript ${kb(r.web.jsGzip)})`,
    });
  }
  return targets;
}

export function writeResults(path: string, r: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}

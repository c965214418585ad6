// The benchmark's one table (stdout) and bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import type { BoardMeetingResult } from './board-meeting.js';
import type { GrowResult } from './build-store.js';
import type { LoadResult } from './http-load.js';
import { ceilingShare, cpu, int, kb, mb, ms, targetRatio } from './report-figures.js';
import type { BenchResults, PostgresResult, SizeResult } from './report-types.js';

export { judgeTargets } from './judge-targets.js';
export type * from './report-types.js';

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

export function writeResults(path: string, r: BenchResults): void {
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}

// `npm run bench`: national-scale benchmark (issue 7). Builds stores of 1, 20 and 152 programmes
// (one store grown step by step), and at each size measures side by side: the loader against raw
// inserts; each read endpoint under autocannon against its SQL floor and a bare Fastify route
// answering the same bytes; the first read after a write; the server's peak memory. Then the web
// app's gzipped size. Prints one table and writes bench/results.json.
//
// Development runs: `npm run bench -- --sizes 1,3 --duration 2`.
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type {
  BenefitLedger,
  BenefitLines,
  BoardSummary,
  MetricSeries,
  ProgrammeSummary,
  StrandDetail,
} from '@outcomes/contract';
import { createDb, migrateToLatest, recordSubmission, type Db } from '@outcomes/db';
import SQLite, { type Database as Sqlite } from 'better-sqlite3';
import { growStore } from './build-store.js';
import { createBenchToken, grantBenchRoles } from './bench-user.js';
import { canPin, pinSelf, startChildServer } from './child-server.js';
import { BENCH_METRIC_ID, BENCH_STRAND_ID, programmeIdOf } from './generate-pack.js';
import { percentile, runLoad, timeOnce, type LoadResult } from './http-load.js';
import {
  formatReport,
  judgeTargets,
  machine,
  writeResults,
  type BenchResults,
  type EndpointResult,
  type LatencySummary,
  type SizeResult,
} from './report.js';
import { floorParams, prepareFloor, type FloorName } from './sql-floors.js';
import { measureWebSize } from './web-size.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(ROOT, 'apps/api/dist/server.js');
const WEB_DIST = join(ROOT, 'apps/web/dist');
const CEILING = join(ROOT, 'bench/ceiling-server.ts');

const USAGE =
  'Usage: npm run bench -- [--sizes 1,20,152] [--duration 5] [--warmup 1] [--connections 10] ' +
  '[--seed 1] [--as-of 2017-03-31] [--out bench/out] [--results bench/results.json]';

interface Options {
  sizes: number[];
  duration: number;
  warmup: number;
  connections: number;
  seed: number;
  asOf: string;
  out: string;
  results: string;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1,20,152' },
      duration: { type: 'string', default: '5' },
      warmup: { type: 'string', default: '1' },
      connections: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      'as-of': { type: 'string', default: '2017-03-31' },
      out: { type: 'string', default: 'bench/out' },
      results: { type: 'string', default: 'bench/results.json' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const options = {
    sizes,
    duration: Number(values.duration),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
    seed: Number(values.seed),
    asOf: values['as-of'],
    out: resolve(ROOT, values.out),
    results: resolve(ROOT, values.results),
  };
  const ascending = sizes.every(
    (n, i) => Number.isInteger(n) && n >= 1 && (i === 0 || n > (sizes[i - 1] ?? 0)),
  );
  if (
    !ascending ||
    !(options.duration > 0) ||
    !(options.warmup >= 0) ||
    !Number.isInteger(options.connections) ||
    !Number.isInteger(options.seed) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)
  ) {
    throw new Error(`Bad options (sizes must ascend).\n${USAGE}`);
  }
  return options;
}

const log = (line: string) => console.log(line);

/** A row of a floor query. */
type FloorRow = Record<string, string | number | null>;

interface Endpoint {
  name: FloorName;
  path: string;
  /** Compares the API's answer with the floor's rows: null when equal, else what differs. */
  check: (body: unknown, rows: FloorRow[]) => string | null;
}

const num = (row: FloorRow | undefined, key: string): number => Number(row?.[key] ?? Number.NaN);
const close = (a: number, b: number, tolerance = 0.011) => Math.abs(a - b) <= tolerance;
const differs = (what: string, api: unknown, floor: unknown) =>
  `${what}: API ${String(api)}, floor ${String(floor)}`;

function endpoints(pid: string, asOf: string): Endpoint[] {
  const base = `/api/programmes/${pid}`;
  return [
    {
      name: 'summary',
      path: `${base}/summary?asOf=${asOf}`,
      check: (body, rows) => {
        const t = (body as ProgrammeSummary).totals;
        const total = rows.find((r) => r['kind'] === 'total');
        const pairs: [string, number, string][] = [
          ['realised', t.realisedBenefitToDate, 'realised_to_date'],
          ['forecast', t.forecastBenefitToDate, 'forecast_to_date'],
          ['whole case', t.forecastBenefitWholeCase, 'whole_case'],
          ['cashable', t.realisedCashableToDate, 'cashable_to_date'],
          ['cost', t.costToDate, 'cost_to_date'],
          ['missing returns', t.missingReturns, 'missing'],
        ];
        for (const [what, api, column] of pairs) {
          if (!close(api, num(total, column))) return differs(what, api, total?.[column]);
        }
        for (const s of (body as ProgrammeSummary).strands) {
          const f = rows.find((r) => r['kind'] === 'strand' && r['id'] === s.id);
          if (!close(s.realisedBenefitToDate, num(f, 'realised_to_date')))
            return differs(`strand ${s.id}`, s.realisedBenefitToDate, f?.['realised_to_date']);
          if (s.metricRag.green !== num(f, 'green'))
            return differs(`${s.id} green`, s.metricRag.green, f?.['green']);
        }
        const quarters = rows.filter((r) => r['kind'] === 'quarter').length;
        const apiQuarters = (body as ProgrammeSummary).cumulativeByQuarter.length;
        return quarters === apiQuarters ? null : differs('quarters', apiQuarters, quarters);
      },
    },
    {
      name: 'strand',
      path: `${base}/strands/${BENCH_STRAND_ID}?asOf=${asOf}`,
      check: (body, rows) => {
        const b = body as StrandDetail;
        const strand = rows.find((r) => r['kind'] === 'strand');
        if (!close(b.summary.realisedBenefitToDate, num(strand, 'realised_to_date')))
          return differs('realised', b.summary.realisedBenefitToDate, strand?.['realised_to_date']);
        const metrics = rows.filter((r) => r['kind'] === 'metric');
        if (metrics.length !== b.metrics.length)
          return differs('metrics', b.metrics.length, metrics.length);
        const trend = b.metrics.reduce((n, m) => n + m.trend.length, 0);
        const trendRows = rows.filter((r) => r['kind'] === 'trend').length;
        if (trend !== trendRows) return differs('trend points', trend, trendRows);
        for (const m of b.metrics) {
          const f = metrics.find((r) => r['id'] === m.id);
          if ((m.latestActual?.value ?? null) !== (f?.['value'] ?? null))
            return differs(`${m.id} latest`, m.latestActual?.value, f?.['value']);
        }
        return null;
      },
    },
    {
      name: 'series',
      path: `${base}/metrics/${BENCH_METRIC_ID}/series?asOf=${asOf}`,
      check: (body, rows) => {
        const periods = (body as MetricSeries).periods;
        if (rows.length !== periods.length) return differs('periods', periods.length, rows.length);
        const api = periods.reduce((n, p) => n + (p.realisedBenefit ?? 0), 0);
        const floor = rows.reduce((n, r) => n + Number(r['realised_benefit'] ?? 0), 0);
        if (!close(api, floor, 0.01 * rows.length)) return differs('Σ realised', api, floor);
        const missing = periods.filter((p) => p.missingReturn).length;
        const floorMissing = rows.filter((r) => r['missing_return'] === 1).length;
        return missing === floorMissing ? null : differs('missing returns', missing, floorMissing);
      },
    },
    {
      name: 'benefits',
      path: `${base}/benefits?groupBy=strand&asOf=${asOf}`,
      check: (body, rows) => {
        const t = (body as BenefitLedger).total;
        const total = rows.find((r) => r['id'] === 'total');
        if (!close(t.realisedBenefitToDate, num(total, 'realised_to_date')))
          return differs('realised', t.realisedBenefitToDate, total?.['realised_to_date']);
        if (!close(t.forecastBenefitWholeCase, num(total, 'whole_case')))
          return differs('whole case', t.forecastBenefitWholeCase, total?.['whole_case']);
        return t.lineCount === num(total, 'line_count')
          ? null
          : differs('lines', t.lineCount, total?.['line_count']);
      },
    },
    {
      name: 'lines',
      path: `${base}/benefits/lines?strand=${BENCH_STRAND_ID}&asOf=${asOf}`,
      check: (body, rows) => {
        const b = body as BenefitLines;
        if (b.lineCount !== rows.length) return differs('lines', b.lineCount, rows.length);
        const floor = rows.reduce((n, r) => n + Number(r['realised_pence'] ?? 0), 0) / 100;
        return close(b.total, floor) ? null : differs('total', b.total, floor);
      },
    },
    {
      name: 'board',
      path: `${base}/metrics?asOf=${asOf}`,
      check: (body, rows) => {
        const metrics = (body as BoardSummary).metrics.length;
        return metrics === rows.length ? null : differs('metrics', metrics, rows.length);
      },
    },
  ];
}

/** Runs `statement` for about `seconds` (at least 30 times) and summarises its latency. */
function measureFloor(run: () => unknown, seconds = 1): LatencySummary {
  for (let i = 0; i < 10; i++) run();
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (times.length < 30 || performance.now() < until) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  const sorted = Float64Array.from(times).sort();
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), iterations: times.length };
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

function openFloorStore(path: string): Sqlite {
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (!existsSync(SERVER)) {
    throw new Error(`${SERVER} is missing: run \`npm run build\` first (npm run bench does).`);
  }
  const started = performance.now();
  const notes: string[] = [];
  const pinned = canPin() && pinSelf(1);
  notes.push(
    pinned
      ? 'Pinned with taskset: the server under test (and the bare Fastify ceiling) on core 0; autocannon, the SQL floors and the loader on core 1.'
      : 'Not pinned (no taskset or one core): server and load generator share the CPUs.',
  );
  const serverCore = pinned ? 0 : undefined;

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const storePath = join(options.out, 'outcomes.sqlite');
  const floorPath = join(options.out, 'floor.sqlite');
  const db = createDb(storePath);
  await migrateToLatest(db);
  const floorDb = createDb(floorPath);
  await migrateToLatest(floorDb);
  await floorDb.destroy();
  const floorStore = openFloorStore(floorPath);
  const token = await createBenchToken(db);
  const headers = { authorization: `Bearer ${token}` };

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: machine(pinned),
    node: process.versions.node,
    settings: {
      sizes: options.sizes,
      durationSeconds: options.duration,
      warmupSeconds: options.warmup,
      connections: options.connections,
      asOf: options.asOf,
      seed: options.seed,
    },
    sizes: [],
    web: null,
    targets: [],
    notes,
  };

  let loaded = 0;
  for (const size of options.sizes) {
    log(`\n== ${size} programme${size === 1 ? '' : 's'}: loading ${size - loaded} more`);
    const load = await growStore({
      db,
      packsDir: join(options.out, 'packs'),
      from: loaded,
      to: size,
      seed: options.seed,
      floor: floorStore,
      progress: log,
    });
    loaded = size;
    const programmeId = programmeIdOf(Math.floor(size / 2));
    await grantBenchRoles(db, programmeId);
    // The server starts from a checkpointed file, as after any quiet period.
    const reader = new SQLite(storePath);
    reader.pragma('wal_checkpoint(TRUNCATE)');

    // SQL floors, in this process, before the server starts.
    log(`  SQL floors for ${programmeId}`);
    const params = {
      ...floorParams(programmeId, options.asOf),
      strandId: BENCH_STRAND_ID,
      metricId: BENCH_METRIC_ID,
    };
    const floors = new Map<FloorName, { summary: LatencySummary; rows: FloorRow[] }>();
    for (const e of endpoints(programmeId, options.asOf)) {
      const floor = prepareFloor(reader, e.name, params);
      const run = () => floor.statement.all(floor.params);
      floors.set(e.name, { summary: measureFloor(run), rows: run() as FloorRow[] });
    }

    log(`  starting the server`);
    const server = await startChildServer(
      [SERVER],
      {
        DATABASE_PATH: storePath,
        DEMO_PACK: '',
        LOG_LEVEL: 'silent',
        PORT: '0',
        HOST: '127.0.0.1',
      },
      serverCore === undefined ? {} : { core: serverCore },
    );
    const payloadDir = join(options.out, `payloads-${size}`);
    mkdirSync(payloadDir, { recursive: true });
    const measured: { e: Endpoint; bytes: number; server: LoadResult; check: string | null }[] = [];
    const skipped: string[] = [];
    let afterWrite: SizeResult['afterWrite'] | undefined;
    let peakRss: number | null = null;
    try {
      const unauthenticated = await fetch(`${server.url}/api/programmes/${programmeId}/summary`);
      if (unauthenticated.status === 200 && size === options.sizes[0]) {
        notes.push('The API answered without credentials: authentication is not enforced yet.');
      }
      for (const e of endpoints(programmeId, options.asOf)) {
        const first = await timeOnce(`${server.url}${e.path}`, headers);
        if (first.status === 404) {
          skipped.push(e.name);
          log(`  ${e.name}: 404, not measured (${first.body.slice(0, 120)})`);
          continue;
        }
        if (first.status !== 200) {
          throw new Error(`${e.path} answered ${first.status}: ${first.body.slice(0, 300)}`);
        }
        writeFileSync(join(payloadDir, `${e.name}.json`), first.body);
        const rows = floors.get(e.name)?.rows ?? [];
        let check: string | null;
        try {
          check = e.check(JSON.parse(first.body) as unknown, rows);
        } catch (error) {
          check = `could not compare: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (check !== null) log(`  ${e.name}: the floor's numbers differ from the API's: ${check}`);
        if (options.warmup > 0) {
          await runLoad({
            url: `${server.url}${e.path}`,
            headers,
            connections: options.connections,
            durationSeconds: options.warmup,
          });
        }
        const cpuBefore = server.cpuMs();
        const result = await runLoad({
          url: `${server.url}${e.path}`,
          headers,
          connections: options.connections,
          durationSeconds: options.duration,
        });
        result.cpuMsPerRequest = (server.cpuMs() - cpuBefore) / Math.max(1, result.requests);
        if (result.non2xx > 0 || result.errors > 0) {
          notes.push(
            `${e.name} at ${size}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load.`,
          );
        }
        log(
          `  ${e.name}: p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, ` +
            `${Math.round(result.requestsPerSecond)} req/s, ` +
            `${(result.cpuMsPerRequest ?? Number.NaN).toFixed(3)} ms CPU a request (${first.body.length} bytes)`,
        );
        measured.push({ e, bytes: Buffer.byteLength(first.body), server: result, check });
      }
      log(`  summary after a write by another process`);
      afterWrite = await measureAfterWrite(
        db,
        `${server.url}/api/programmes/${programmeId}/summary?asOf=${options.asOf}`,
        headers,
        programmeId,
        15,
      );
    } finally {
      peakRss = server.peakRss();
      await server.stop();
    }

    log(`  bare Fastify ceiling`);
    const ceiling = await startChildServer(
      ['--import', 'tsx', CEILING, payloadDir],
      {},
      serverCore === undefined ? { cwd: ROOT } : { core: serverCore, cwd: ROOT },
    );
    const rows: EndpointResult[] = [];
    try {
      for (const m of measured) {
        const url = `${ceiling.url}/${m.e.name}`;
        if (options.warmup > 0) {
          await runLoad({ url, connections: options.connections, durationSeconds: options.warmup });
        }
        const cpuBefore = ceiling.cpuMs();
        const result = await runLoad({
          url,
          connections: options.connections,
          durationSeconds: options.duration,
        });
        result.cpuMsPerRequest = (ceiling.cpuMs() - cpuBefore) / Math.max(1, result.requests);
        rows.push({
          name: m.e.name,
          url: m.e.path,
          bytes: m.bytes,
          server: m.server,
          ceiling: result,
          floor: floors.get(m.e.name)?.summary ?? null,
          floorCheck: m.check ?? 'equal',
        });
      }
    } finally {
      await ceiling.stop();
    }
    reader.close();
    results.sizes.push({
      programmes: size,
      programmeId,
      storeBytes: statSync(storePath).size,
      load,
      endpoints: rows,
      skipped,
      afterWrite: afterWrite ?? { p50Ms: NaN, p99Ms: NaN, iterations: 0, visible: 0, samples: 0 },
      peakRssBytes: peakRss,
    });
    for (const name of skipped) {
      if (size === options.sizes[0])
        notes.push(`${name}: the endpoint answered 404, so it was not measured.`);
    }
  }
  floorStore.close();
  await db.destroy();

  results.web = measureWebSize(WEB_DIST);
  results.targets = judgeTargets(results);
  notes.push(
    `Total run time ${((performance.now() - started) / 1000).toFixed(0)} s (after the build).`,
  );
  mkdirSync(dirname(options.results), { recursive: true });
  writeResults(options.results, results);
  console.log(`\n${formatReport(results)}\n\nWritten ${options.results}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});

// `npm run bench`: national-scale benchmark (issues 7 and 9). Builds stores of 1, 20 and 152
// programmes (one SQLite store grown step by step), and at each size measures side by side: the
// loader against raw inserts; each read endpoint under autocannon against its SQL floor and a bare
// Fastify route answering the same bytes; the first read after a write; the server's peak memory.
// Then the same programmes as the largest size on PostgreSQL (postgres-bench.ts): loading time,
// the same endpoints, whether the answers equal SQLite's, the first read after a write and peak
// memory. Then the web app's gzipped size. Prints the tables and writes bench/results.json.
//
// Development runs: `npm run bench -- --sizes 1,3 --duration 1` (both engines, a few minutes).
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDb, migrateToLatest, type Engine } from '@outcomes/db';
import SQLite, { type Database as Sqlite } from 'better-sqlite3';
import {
  BOARD_MEETING_DEFAULTS,
  createMeetingAccounts,
  type BoardMeetingOptions,
} from './board-meeting.js';
import { growStore } from './build-store.js';
import { createBenchToken, grantBenchRoles } from './bench-user.js';
import { canPin, pinSelf, startChildServer, type ChildServer } from './child-server.js';
import { endpoints, type FloorRow } from './endpoints.js';
import { BENCH_METRIC_ID, BENCH_STRAND_ID, programmeIdOf } from './generate-pack.js';
import { percentile, runLoad, type LoadResult } from './http-load.js';
import { measureServer } from './measure-server.js';
import { benchPostgres } from './postgres-bench.js';
import { openBenchPostgres } from './postgres-store.js';
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
/**
 * How each API server is started. BENCH_CPU_PROFILE_DIR=<folder> has every server write a V8 CPU
 * profile there when it stops (open it in Chrome's DevTools), to see where a figure comes from.
 */
const PROFILE_DIR = process.env['BENCH_CPU_PROFILE_DIR'];
const SERVER_ARGS = [
  ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${resolve(PROFILE_DIR)}`] : []),
  SERVER,
];

const USAGE =
  'Usage: npm run bench -- [--sizes 1,20,152] [--duration 5] [--warmup 1] [--connections 10] ' +
  '[--seed 1] [--as-of 2017-03-31] [--out bench/out] [--results bench/results.json] ' +
  '[--engines sqlite,postgres] [--postgres-servers 3] [--board-readers 500] [--board-officers 20] ' +
  '[--board-seconds 20]';

const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

interface Options {
  sizes: number[];
  duration: number;
  warmup: number;
  connections: number;
  seed: number;
  asOf: string;
  out: string;
  results: string;
  engines: Engine[];
  /** Application servers in front of PostgreSQL (SQLite runs one). */
  postgresServers: number;
  /** The board-meeting load test at the largest size (readers 0: not run). */
  boardMeeting: BoardMeetingOptions;
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
      engines: { type: 'string', default: 'sqlite,postgres' },
      'postgres-servers': { type: 'string', default: '3' },
      'board-readers': { type: 'string', default: String(BOARD_MEETING_DEFAULTS.readers) },
      'board-officers': { type: 'string', default: String(BOARD_MEETING_DEFAULTS.officers) },
      'board-seconds': {
        type: 'string',
        default: String(BOARD_MEETING_DEFAULTS.durationSeconds),
      },
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
    engines: ENGINES.filter((e) => values.engines.split(',').includes(e)),
    postgresServers: Number(values['postgres-servers']),
    boardMeeting: {
      ...BOARD_MEETING_DEFAULTS,
      readers: Number(values['board-readers']),
      officers: Number(values['board-officers']),
      durationSeconds: Number(values['board-seconds']),
    },
  };
  const knownEngines = values.engines
    .split(',')
    .every((e) => (ENGINES as readonly string[]).includes(e));
  const ascending = sizes.every(
    (n, i) => Number.isInteger(n) && n >= 1 && (i === 0 || n > (sizes[i - 1] ?? 0)),
  );
  if (
    !ascending ||
    !knownEngines ||
    options.engines.length === 0 ||
    !(options.duration > 0) ||
    !(options.warmup >= 0) ||
    !Number.isInteger(options.connections) ||
    !Number.isInteger(options.seed) ||
    !(Number.isInteger(options.postgresServers) && options.postgresServers >= 1) ||
    !Number.isInteger(options.boardMeeting.readers) ||
    !Number.isInteger(options.boardMeeting.officers) ||
    !(options.boardMeeting.durationSeconds > 0) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)
  ) {
    throw new Error(`Bad options (sizes must ascend; engines: sqlite, postgres).\n${USAGE}`);
  }
  return options;
}

const log = (line: string) => console.log(line);

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

function openFloorStore(path: string): Sqlite {
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

interface Context {
  options: Options;
  serverCore: number | undefined;
  notes: string[];
}

/**
 * Grows one SQLite store through every size and measures each. Returns the sizes' results and
 * the server's first answer to each endpoint at the largest size (what PostgreSQL must equal).
 */
async function benchSqlite(
  ctx: Context,
): Promise<{ sizes: SizeResult[]; answers: Map<string, string> }> {
  const { options, serverCore, notes } = ctx;
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
  const sizes: SizeResult[] = [];
  const answers = new Map<string, string>();

  let loaded = 0;
  for (const size of options.sizes) {
    log(`\n== ${size} programme${size === 1 ? '' : 's'} on SQLite: loading ${size - loaded} more`);
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
    // The board meeting's accounts are written before the checkpoint, like every other row.
    const largest = size === options.sizes[options.sizes.length - 1];
    const meeting =
      largest && options.boardMeeting.readers > 0
        ? {
            accounts: await createMeetingAccounts(db, programmeId, options.boardMeeting, 'sqlite'),
            options: options.boardMeeting,
          }
        : undefined;
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
    const payloadDir = join(options.out, `payloads-${size}`);
    mkdirSync(payloadDir, { recursive: true });
    // The bare Fastify ceiling, serving each endpoint's first answer: measured right after the
    // endpoint itself (afterEndpoint), so both figures see the machine at the same speed.
    let ceiling: ChildServer | undefined;
    const ceilings = new Map<string, LoadResult>();
    const run = await measureServer({
      serverArgs: SERVER_ARGS,
      env: { DATABASE_PATH: storePath, DATABASE_URL: '' },
      ...(serverCore === undefined ? {} : { core: serverCore }),
      programmeId,
      asOf: options.asOf,
      endpoints: endpoints(programmeId, options.asOf),
      headers,
      warmupSeconds: options.warmup,
      durationSeconds: options.duration,
      connections: options.connections,
      payloadDir,
      writer: db,
      label: String(size),
      notes,
      log,
      ...(meeting ? { boardMeeting: meeting } : {}),
      onPayloadsWritten: async () => {
        ceiling = await startChildServer(
          ['--import', 'tsx', CEILING, payloadDir],
          {},
          serverCore === undefined ? { cwd: ROOT } : { core: serverCore, cwd: ROOT },
        );
      },
      afterEndpoint: async (m) => {
        if (ceiling === undefined) throw new Error('the ceiling server has not started');
        ceilings.set(m.e.name, await measureCeiling(ceiling, m.e.name, options));
        log(
          `  ${m.e.name} on bare Fastify: ${Math.round(ceilings.get(m.e.name)?.requestsPerSecond ?? 0)} req/s`,
        );
      },
    }).finally(() => ceiling?.stop());
    if (run.unauthenticatedStatus === 200 && size === options.sizes[0]) {
      notes.push('The API answered without credentials: authentication is not enforced yet.');
    }
    const checks = new Map<string, string | null>();
    for (const m of run.measured) {
      let check: string | null;
      try {
        check = m.e.check(JSON.parse(m.body) as unknown, floors.get(m.e.name)?.rows ?? []);
      } catch (error) {
        check = `could not compare: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (check !== null) log(`  ${m.e.name}: the floor's numbers differ from the API's: ${check}`);
      checks.set(m.e.name, check);
      if (size === options.sizes[options.sizes.length - 1]) answers.set(m.e.name, m.body);
    }

    const rows: EndpointResult[] = run.measured.map((m) => {
      const measuredCeiling = ceilings.get(m.e.name);
      if (measuredCeiling === undefined) throw new Error(`no ceiling measured for ${m.e.name}`);
      return {
        name: m.e.name,
        url: m.e.path,
        bytes: m.bytes,
        server: m.server,
        ceiling: measuredCeiling,
        floor: floors.get(m.e.name)?.summary ?? null,
        floorCheck: checks.get(m.e.name) ?? 'equal',
      };
    });
    reader.close();
    sizes.push({
      programmes: size,
      programmeId,
      storeBytes: statSync(storePath).size,
      load,
      endpoints: rows,
      skipped: run.skipped,
      afterWrite: run.afterWrite,
      peakRssBytes: run.peakRssBytes,
      boardMeeting: run.boardMeeting,
    });
    for (const name of run.skipped) {
      if (size === options.sizes[0])
        notes.push(`${name}: the endpoint answered 404, so it was not measured.`);
    }
  }
  floorStore.close();
  await db.destroy();
  return { sizes, answers };
}

/** The bare Fastify route answering `name`'s bytes, under the same load as the endpoint. */
async function measureCeiling(
  ceiling: ChildServer,
  name: string,
  options: Options,
): Promise<LoadResult> {
  const url = `${ceiling.url}/${name}`;
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
  return result;
}

/** The largest size again on PostgreSQL, when a server can be had; else the reason it cannot. */
async function benchPostgresColumn(
  ctx: Context,
  sqliteAnswers: Map<string, string>,
): Promise<NonNullable<BenchResults['postgres']>> {
  const { options, serverCore, notes } = ctx;
  const size = options.sizes[options.sizes.length - 1] ?? 1;
  const programmeId = programmeIdOf(Math.floor(size / 2));
  log(`\n== ${size} programme${size === 1 ? '' : 's'} on PostgreSQL`);
  const opened = await openBenchPostgres(ROOT, process.env, log);
  if (!opened.ok) {
    log(`  PostgreSQL skipped: ${opened.reason}`);
    notes.push(`PostgreSQL column skipped: ${opened.reason}.`);
    return { measured: false, reason: opened.reason };
  }
  const { pg } = opened;
  notes.push(
    `PostgreSQL: ${pg.version}, from ${pg.source}, in a schema of its own dropped afterwards` +
      (pg.unsafeSettings.length > 0
        ? `; the server runs with ${pg.unsafeSettings.join(', ')} (a throw-away test server), so ` +
          `its writes (loading, after-write) are faster than a durable server's`
        : '') +
      '.',
    'PostgreSQL has no SQL floor or bare-Fastify column of its own: the floors are SQLite ' +
      'queries, and the ceiling does not depend on the engine.',
  );
  if (serverCore !== undefined) {
    notes.push(
      "PostgreSQL's own processes are not pinned: they use either core, alongside the load " +
        "generator; their CPU time per request is counted apart (the server's connections' backends).",
    );
  }
  // An earlier SQLite size measuring the same programme wrote its after-write revisions into it,
  // so SQLite's answers at the largest size are not the freshly loaded data PostgreSQL holds.
  const rewritten = options.sizes
    .slice(0, -1)
    .some((n) => programmeIdOf(Math.floor(n / 2)) === programmeId);
  if (rewritten) {
    notes.push(
      `Answers not compared between engines: an earlier size also measured ${programmeId} on SQLite and wrote to it.`,
    );
  }
  // Ctrl-C during the PostgreSQL step still drops the schema (and stops a cluster it started).
  const onSignal = () => void pg.close().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await benchPostgres({
      pg,
      programmes: size,
      programmeId,
      seed: options.seed,
      asOf: options.asOf,
      endpoints: endpoints(programmeId, options.asOf),
      sqliteAnswers: rewritten ? new Map() : sqliteAnswers,
      out: options.out,
      serverArgs: SERVER_ARGS,
      ...(serverCore === undefined ? {} : { core: serverCore }),
      warmupSeconds: options.warmup,
      durationSeconds: options.duration,
      connections: options.connections,
      servers: options.postgresServers,
      ...(options.boardMeeting.readers > 0 ? { boardMeeting: options.boardMeeting } : {}),
      notes,
      log,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pg.close();
  }
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
  const ctx: Context = { options, serverCore: pinned ? 0 : undefined, notes };

  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });

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
      engines: options.engines,
      postgresServers: options.postgresServers,
      boardMeeting: options.boardMeeting,
    },
    sizes: [],
    postgres: null,
    web: null,
    targets: [],
    notes,
  };

  let sqliteAnswers = new Map<string, string>();
  if (options.engines.includes('sqlite')) {
    const sqlite = await benchSqlite(ctx);
    results.sizes = sqlite.sizes;
    sqliteAnswers = sqlite.answers;
  }
  if (options.engines.includes('postgres')) {
    results.postgres = await benchPostgresColumn(ctx, sqliteAnswers);
  }

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

// `npm run bench:compare`: comparing one indicator across 152 places (issue 20). Grows a SQLite
// store with the benchmark's generator (generate-pack.ts, the same 152 synthetic programmes),
// then marks every programme as opted in with a population and gives its domestic-abuse metric
// the shared code NI-032 (by SQL, so the generator and the other benchmarks stay as they are).
// A reader holding a role in all 152 asks GET /api/comparisons/NI-032 through the app (Fastify
// inject: the server's own work, no network), once cold and then `--requests` times warm, and the
// p50 / p99 are printed against the 100 ms target.
//
// Options: --programmes 152  --requests 300  --seed 1  --as-of 2017-03-31  --out bench/out/compare
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/api/src/app.js';
import { createDb, migrateToLatest } from '@outcomes/db';
import { growStore } from './build-store.js';
import { createBenchToken, grantBenchRoles } from './bench-user.js';
import { BENCH_METRIC_ID, makeRng, programmeIdOf } from './generate-pack.js';

const { values } = parseArgs({
  options: {
    programmes: { type: 'string', default: '152' },
    requests: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    'as-of': { type: 'string', default: '2017-03-31' },
    out: { type: 'string', default: 'bench/out/compare' },
  },
});
const programmes = Number(values.programmes);
const requests = Number(values.requests);
const seed = Number(values.seed);
const asOf = values['as-of'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
const db = createDb(join(values.out, 'store.sqlite'));
await migrateToLatest(db);
const started = performance.now();
await growStore({
  db,
  packsDir: join(values.out, 'packs'),
  from: 0,
  to: programmes,
  seed,
  progress: (line) => console.log(line),
});
console.log(
  `Loaded ${programmes} programmes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const token = await createBenchToken(db);
const rng = makeRng(seed);
for (let i = 0; i < programmes; i++) {
  const id = programmeIdOf(i);
  await grantBenchRoles(db, id);
  // Populations of English local authorities run from about 40,000 to 1.1 million.
  const population = Math.round(40_000 + rng.uniform() * 600_000);
  await db
    .updateTable('programme')
    .set({ comparison_opt_in: 1, population })
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('metric')
    .set({ indicator_code: 'NI-032' })
    .where('programme_id', '=', id)
    .where('id', '=', BENCH_METRIC_ID)
    .execute();
}

const app = await buildApp({ db });
await app.ready();
const url = `/api/comparisons/NI-032?asOf=${asOf}`;
const ask = async (): Promise<number> => {
  const t = performance.now();
  const res = await app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  });
  const ms = performance.now() - t;
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
  const places = (res.json() as { places: unknown[] }).places.length;
  if (places !== programmes) throw new Error(`expected ${programmes} places, got ${places}`);
  return ms;
};

// The same server's /api/health (no store, no sign-in) over the same number of requests: the
// floor this machine gives at the moment of measuring, since it is shared.
const floor: number[] = [];
for (let i = 0; i < requests; i++) {
  const t = performance.now();
  await app.inject({ method: 'GET', url: '/api/health' });
  floor.push(performance.now() - t);
}
floor.sort((a, b) => a - b);

const cold = await ask();
const warm: number[] = [];
for (let i = 0; i < requests; i++) warm.push(await ask());
warm.sort((a, b) => a - b);
const p50 = percentile(warm, 50);
const p99 = percentile(warm, 99);
console.log(`\nGET ${url} over ${programmes} opted-in places`);
console.log(`  first (cold: evaluates every programme once): ${cold.toFixed(1)} ms`);
console.log(`  warm, ${requests} requests: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
console.log(`  fastest warm request: ${warm[0]!.toFixed(2)} ms`);
console.log(
  `  floor, GET /api/health: p50 ${percentile(floor, 50).toFixed(2)} ms, p99 ${percentile(floor, 99).toFixed(2)} ms`,
);
console.log(`  target p99 < 100 ms: ${p99 < 100 ? 'met' : 'NOT met'}`);
await app.close();
await db.destroy();

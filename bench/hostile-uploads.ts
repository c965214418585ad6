// Hostile uploads against a real server process (apps/api/dist/server.js on a fresh SQLite store
// with the demonstration programme): four at once, by four data officers, in several rounds (a
// 4 MB workbook whose sheet unpacks to 4 GiB of spaces; a 2 MB workbook with an unused 2 GiB
// picture; 3.2 MB of CSV: one good row, then 1.6 million lines of ","; 3 MB of blank lines),
// while a board member reads the summary over and over. Prints each upload's answer and time,
// the summary's latency (p50, p99, max) before and during, and the server's resident memory
// (peak, and afterwards); exits 1 unless p99 < 250 ms, peak < 1 GiB and the server lived.
// A measurement, not a test: `npm run bench:hostile` (it builds first). ROUNDS=n sets the rounds.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, loadPack, migrateToLatest } from '@outcomes/db';
import { createTestUser, demoPackDir } from '../apps/api/test/helpers.js';
import { csvFlood, sheetBomb, unusedMediaBomb } from '../apps/api/test/hostile-files.js';
import { startChildServer } from './child-server.js';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const PROGRAMME = 'west-cheshire';
const P99_TARGET_MS = 250;
const RSS_TARGET = 1024 * 1024 * 1024;
const GOOD_ROW = 'sc-domestic-abuse-incidents,2016-04-01,120,';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
  } catch {
    return 0;
  }
}

console.log('Building the store and the hostile files...');
const dir = mkdtempSync(join(tmpdir(), 'outcomes-hostile-bench-'));
const storePath = join(dir, 'bench.sqlite');
const db = createDb(storePath);
await migrateToLatest(db);
await loadPack(db, demoPackDir);
const board = await createTestUser(db, {
  email: 'board@bench.local',
  programmeId: PROGRAMME,
  roles: [{ role: 'board' }],
});
const officers = await Promise.all(
  [1, 2, 3, 4].map((n) =>
    createTestUser(db, {
      email: `officer${n}@bench.local`,
      programmeId: PROGRAMME,
      roles: [{ role: 'data-officer', partnerId: 'cheshire-constabulary' }],
    }),
  ),
);
await db.destroy();

const header = [['metric_id', 'period_start', 'value', 'note']];
const allFiles = [
  {
    label: 'XLSX, sheet unpacking to 4 GiB of spaces',
    name: 'bomb.xlsx',
    bytes: await sheetBomb(4 * 1024 ** 3 - 64 * 1024),
  },
  {
    label: 'XLSX with an unused 2 GiB picture',
    name: 'picture.xlsx',
    bytes: await unusedMediaBomb(
      [...header, ['sc-domestic-abuse-incidents', '2016-04-01', 120, null]],
      2 * 1024 ** 3,
    ),
  },
  {
    label: 'CSV: a good row, then 1.6 million lines of ","',
    name: 'commas.csv',
    bytes: csvFlood(GOOD_ROW, ',', 1_600_000),
  },
  { label: 'CSV: 3 MB of blank lines', name: 'blank.csv', bytes: Buffer.alloc(3_000_000, '\n') },
];
// ONLY=0,2 sends only those of the four (to see what each costs on its own).
const only = process.env['ONLY']?.split(',').map(Number);
const files = only === undefined ? allFiles : allFiles.filter((_, i) => only.includes(i));
for (const f of files) console.log(`  ${f.label}: ${(f.bytes.length / 1e6).toFixed(1)} MB`);

const server = await startChildServer(['apps/api/dist/server.js'], {
  DATABASE_PATH: storePath,
  DEMO_PACK: '',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  COOKIE_SECURE: 'false',
  WRITE_RATE_LIMIT: '100000',
  NODE_ENV: 'production',
});
let died = false;
const summaryUrl = `${server.url}/api/programmes/${PROGRAMME}/summary`;

async function readSummary(): Promise<number> {
  const started = performance.now();
  const res = await fetch(summaryUrl, { headers: { authorization: `Bearer ${board.token}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`summary answered ${res.status}`);
  return performance.now() - started;
}

/** Reads the summary one after another until `until` settles; the latencies. */
async function readWhile(until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const times: number[] = [];
  while (!done) {
    try {
      times.push(await readSummary());
    } catch {
      died = true;
      return times;
    }
  }
  return times;
}

async function upload(file: (typeof files)[number], token: string) {
  const form = new FormData();
  form.append('file', new Blob([file.bytes]), file.name);
  const started = performance.now();
  const res = await fetch(`${server.url}/api/programmes/${PROGRAMME}/submissions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as {
    error?: { code: string; message: string; details?: { limit?: string } };
  };
  return {
    label: file.label,
    status: res.status,
    limit: body.error?.details?.limit ?? body.error?.code ?? 'stored',
    ms: performance.now() - started,
  };
}

let peakRss = rssOf(server.pid);
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, rssOf(server.pid));
}, 25);

try {
  for (let i = 0; i < 20; i++) await readSummary();
  const idleTimes = await readWhile(new Promise((resolve) => setTimeout(resolve, 3000)));
  const startRss = rssOf(server.pid);
  const during: number[] = [];
  const answers: Awaited<ReturnType<typeof upload>>[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const uploads = Promise.all(files.map((f, i) => upload(f, officers[i]!.token)));
    during.push(...(await readWhile(uploads)));
    answers.push(...(await uploads));
    console.log(`  round ${round}/${ROUNDS} done, server resident ${mib(rssOf(server.pid))}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const afterRss = rssOf(server.pid);
  const health = await fetch(`${server.url}/api/health`)
    .then((r) => r.status)
    .catch(() => 0);
  if (health !== 200) died = true;

  console.log('\nHostile uploads, four at once, by four users:');
  for (const a of answers) {
    console.log(
      `  ${a.status} ${a.limit.padEnd(22)} ${a.ms.toFixed(0).padStart(6)} ms  ${a.label}`,
    );
  }
  const idle = [...idleTimes].sort((a, b) => a - b);
  const busy = [...during].sort((a, b) => a - b);
  const line = (name: string, t: number[]) =>
    `  ${name}: ${t.length} reads, p50 ${percentile(t, 50).toFixed(1)} ms, p99 ${percentile(t, 99).toFixed(1)} ms, max ${t[t.length - 1]?.toFixed(1)} ms`;
  console.log('\nSummary reads (GET /summary, one after another):');
  console.log(line('idle', idle));
  console.log(line('during the hostile uploads', busy));
  const vmHwm = server.peakRss() ?? peakRss;
  console.log('\nServer resident memory:');
  console.log(
    `  before the uploads ${mib(startRss)}; peak ${mib(Math.max(peakRss, vmHwm))}; 5 s afterwards ${mib(afterRss)}`,
  );
  console.log(`  server alive afterwards: ${died ? 'NO' : 'yes'} (GET /api/health ${health})`);
  const p99 = percentile(busy, 99);
  const ok = !died && p99 < P99_TARGET_MS && Math.max(peakRss, vmHwm) < RSS_TARGET;
  console.log(
    `\n${ok ? 'PASS' : 'FAIL'}: p99 ${p99.toFixed(1)} ms (target < ${P99_TARGET_MS}), peak ${mib(Math.max(peakRss, vmHwm))} (target < 1024 MiB), ${died ? 'died' : 'never died'}`,
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  clearInterval(sampler);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

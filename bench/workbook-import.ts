// `npm run bench:workbook`: issue 17's target, "large workbooks (the 152-programme generator's
// largest) import within 2× the command-line loader's time". Writes the 152 generated packs,
// takes the one with the most rows, loads it into a fresh SQLite store, exports it as the
// business-case workbook and then times, median of five after one unmeasured run each:
//
// - the loader in process: reading the pack folder and saving it with --replace (`loadPack`);
// - the loader end to end: `npm run load -- <pack> --replace` as a process (node start-up,
//   migrations check and all), which is what an operator waits for;
// - the workbook import: reading it in the worker, validating, comparing with the stored
//   programme and saving (`checkWorkbook` + `storeWorkbook`), the worker warm; and once cold
//   (a new worker), as the first import after a server starts.
//
// Prints the times and the ratios; a script, not a test (performance is measured, not asserted).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb, loadPack, migrateToLatest, readStoredPack } from '@outcomes/db';
import {
  checkWorkbook,
  storeWorkbook,
} from '../apps/api/src/services/programme-workbook/import-workbook.js';
import { stopWorkbookWorker } from '../apps/api/src/services/programme-workbook/read-workbook-off-thread.js';
import { writeWorkbook } from '../apps/api/src/services/programme-workbook/write-workbook.js';
import { createTestUser } from '../apps/api/test/helpers.js';
import { generatePack, type GeneratedPack } from './generate-pack.js';

const PROGRAMMES = 152;
const SEED = 1;
const RUNS = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed(run: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function medianOf(run: () => Promise<unknown> | unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed(run));
  return median(times);
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'outcomes-workbook-bench-'));
  try {
    let largest: GeneratedPack | null = null;
    for (let index = 0; index < PROGRAMMES; index++) {
      const pack = generatePack(join(out, 'packs'), index, SEED);
      if (largest === null || pack.rows > largest.rows) largest = pack;
      else rmSync(pack.dir, { recursive: true, force: true });
    }
    const pack = largest!;
    const dbPath = join(out, 'outcomes.sqlite');
    const db = createDb(dbPath);
    await migrateToLatest(db);
    await loadPack(db, pack.dir, { actor: 'bench' });
    const workbook = await writeWorkbook(await readStoredPack(db, pack.programmeId));
    const file = { name: `${pack.programmeId}.xlsx`, bytes: new Uint8Array(workbook) };
    // The import is audited against the admin who made it.
    const admin = await createTestUser(db, {
      email: 'bench-admin@bench.local',
      programmeId: pack.programmeId,
      roles: [{ role: 'admin' }],
    });
    const actor = { label: admin.email, userId: admin.id };
    console.log(
      `Largest of ${PROGRAMMES} generated programmes (seed ${SEED}): ${pack.programmeId}, ` +
        `${pack.rows.toLocaleString('en-GB')} rows in its pack ` +
        `(${pack.actuals.toLocaleString('en-GB')} of them returned figures); ` +
        `workbook ${(workbook.length / 1024).toFixed(0)} KB`,
    );

    const loaderMs = await medianOf(() =>
      loadPack(db, pack.dir, { replace: true, actor: 'bench' }),
    );
    const cliMs = await medianOf(() =>
      execFileSync(process.execPath, ['packages/db/dist/cli/load.js', pack.dir, '--replace'], {
        env: { ...process.env, DATABASE_URL: '', DATABASE_PATH: dbPath },
        stdio: 'ignore',
      }),
    );
    const importOnce = async () => {
      const checked = await checkWorkbook(db, pack.programmeId, file);
      if (!checked.ok) throw new Error(`workbook refused: ${checked.problems[0]?.message}`);
      await storeWorkbook(db, checked, actor);
    };
    stopWorkbookWorker();
    const coldMs = await timed(importOnce);
    const warmMs = await medianOf(importOnce);
    const parts = {
      read: await medianOf(async () => {
        const checked = await checkWorkbook(db, pack.programmeId, file);
        if (!checked.ok) throw new Error('refused');
      }),
    };
    stopWorkbookWorker();
    await db.destroy();

    const ratio = (ms: number, base: number) => `${(ms / base).toFixed(2)}×`;
    console.log(
      [
        '',
        '| step | time | ÷ loader in process | ÷ loader end to end |',
        '|:--|--:|--:|--:|',
        `| loader in process (read + save, --replace) | ${seconds(loaderMs)} | 1.00× | – |`,
        `| loader end to end (npm run load -- --replace) | ${seconds(cliMs)} | ${ratio(cliMs, loaderMs)} | 1.00× |`,
        `| workbook import, warm worker | ${seconds(warmMs)} | ${ratio(warmMs, loaderMs)} | ${ratio(warmMs, cliMs)} |`,
        `| of which read, validate and compare | ${seconds(parts.read)} | ${ratio(parts.read, loaderMs)} | ${ratio(parts.read, cliMs)} |`,
        `| workbook import, cold (first after start) | ${seconds(coldMs)} | ${ratio(coldMs, loaderMs)} | ${ratio(coldMs, cliMs)} |`,
        '',
        `Target (issue 17): import within 2× the command-line loader: warm ${
          warmMs <= 2 * loaderMs ? 'met' : 'NOT met'
        } against the loader in process, ${warmMs <= 2 * cliMs ? 'met' : 'NOT met'} end to end.`,
      ].join('\n'),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await main();

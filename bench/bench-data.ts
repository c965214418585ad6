// `npm run bench:data -- --programmes N --seed S --out DIR`: writes N synthetic programme packs
// to DIR/packs and loads them, with the product's loader, into a fresh store DIR/outcomes.sqlite
// (revising about 2% of the figures through the submission path), showing progress.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDb, migrateToLatest } from '@outcomes/db';
import { growStore } from './build-store.js';

const USAGE = 'Usage: npm run bench:data -- --programmes N [--seed S] [--out DIR]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        programmes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string', default: 'bench/out/data' },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const programmes = Number(values.programmes);
  const seed = Number(values.seed);
  if (!Number.isInteger(programmes) || programmes < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(values.out);
  const dbPath = join(out, 'outcomes.sqlite');
  mkdirSync(out, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  rmSync(join(out, 'packs'), { recursive: true, force: true });

  console.log(`Writing and loading ${programmes} programmes (seed ${seed}) into ${dbPath}`);
  const db = createDb(dbPath);
  try {
    await migrateToLatest(db);
    const r = await growStore({
      db,
      packsDir: join(out, 'packs'),
      from: 0,
      to: programmes,
      seed,
      progress: (line) => console.log(line),
    });
    const loadSeconds = (r.readMs + r.saveMs) / 1000;
    console.log(
      `Done: ${r.rows.toLocaleString('en-GB')} rows loaded in ${loadSeconds.toFixed(1)} s ` +
        `(${Math.round(r.rows / loadSeconds).toLocaleString('en-GB')} rows/s: reading ` +
        `${(r.readMs / 1000).toFixed(1)} s, writing ${(r.saveMs / 1000).toFixed(1)} s); ` +
        `${r.revisions.toLocaleString('en-GB')} figures revised in ${(r.revisionMs / 1000).toFixed(1)} s; ` +
        `packs written in ${(r.generateMs / 1000).toFixed(1)} s to ${join(out, 'packs')}`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);

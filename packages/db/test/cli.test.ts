// The load command end to end: spawned as a real process (through tsx, on the TypeScript
// sources) against a store of this run's engine (TEST_ENGINE): a temporary SQLite file at
// DATABASE_PATH, or a PostgreSQL schema of its own at DATABASE_URL.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDb, describeDatabase } from '../src/create-db.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../src/testing/index.js';
import {
  MINI_PACK,
  checksum,
  copyMiniPack,
  editFile,
  removeTempDirs,
  replaceOnce,
  tempDir,
} from './helpers.js';
import { MINI_PROGRAMME_DATA } from './mini-pack-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(here, '../../..');
const CLI = resolve(here, '../src/cli/load.ts');
// By absolute URL, so the command can run from any working directory.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const engine = testEngine();
const stores: TestDatabase[] = [];
afterAll(async () => {
  await removeTempDirs();
  await Promise.all(stores.splice(0).map((store) => store.drop()));
});

/** A new, empty store on this run's engine. */
async function newStore(): Promise<TestDatabase> {
  const store = await createTestDatabase();
  stores.push(store);
  return store;
}

/**
 * Runs the loader with `storeEnv` (DATABASE_URL / DATABASE_PATH) in place of whatever this process
 * has: a variable it does not give is removed, so the CLI's defaults apply.
 */
function load(args: string[], storeEnv: Record<string, string>, cwd = REPO_ROOT) {
  const env = { ...process.env };
  delete env['DATABASE_PATH'];
  delete env['DATABASE_URL'];
  Object.assign(env, storeEnv);
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function storeChecksum(location: string): Promise<string> {
  const db = createDb(location);
  try {
    return await checksum(db);
  } finally {
    await db.destroy();
  }
}

describe('npm run load', { timeout: 60_000 }, () => {
  it('loads a pack, refuses it a second time, replaces it with --replace', async () => {
    const store = await newStore();
    const location = store.location;

    const first = load([MINI_PACK], store.env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Validating ${MINI_PACK}`);
    expect(lines).toContain('  forecasts: 11');
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^Loaded programme mini: 2 strands, 4 metrics, 11 forecasts, 6 actuals \\(\\d+\\.\\d s\\) into ${describeDatabase(location).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
    const db = createDb(location);
    try {
      expect(await getProgrammeData(db, 'mini')).toEqual(MINI_PROGRAMME_DATA);
    } finally {
      await db.destroy();
    }

    const before = await storeChecksum(location);
    const again = load([MINI_PACK], store.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Programme "mini" is already loaded; nothing was changed.');
    expect(await storeChecksum(location)).toBe(before);

    const replaced = load([MINI_PACK, '--replace'], store.env);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/^Replaced programme mini: 2 strands, 4 metrics/m);
  });

  it('prints every error as file:line column: message, exits 1 and writes nothing', async () => {
    const store = await newStore();
    const location = store.location;
    expect(load([MINI_PACK], store.env).code).toBe(0);
    const before = await storeChecksum(location);

    const bad = await copyMiniPack();
    await editFile(
      bad,
      'forecasts.csv',
      replaceOnce('da-incidents,2013-07-01,270', 'da-incidents,2013-05-01,270'),
    );
    await editFile(
      bad,
      'actuals.csv',
      replaceOnce('children-in-care,2013-05-01,117.5', 'children-in-care,2013-05-01,-3'),
    );
    await editFile(
      bad,
      'programme.json',
      replaceOnce('"discountRate": 0.035', '"discountRate": -1'),
    );

    const run = load([bad, '--replace'], store.env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'programme.json discountRate: -1 is not allowed; expected a number in [0, 1), such as 0.035',
      'forecasts.csv:3 period_start: 2013-05-01 does not start a quarter; metric "da-incidents" is quarterly, so its periods start on 1 April, 1 July, 1 October or 1 January',
      'actuals.csv:6 value: -3 is out of range; expected a number of 0 or more (a returned figure cannot be negative)',
      `Not loaded: 3 errors in ${bad}; nothing was written.`,
    ]);
    expect(await storeChecksum(location)).toBe(before);
  });

  it('does not even create the store for an invalid pack', async () => {
    const dir = await tempDir();
    const store = await newStore();
    // SQLite: a file in a folder that does not exist yet, so a created folder would show.
    const sqlitePath = join(dir, 'var', 'outcomes.sqlite');
    const run = load(
      [join(dir, 'no-such-pack')],
      engine === 'sqlite' ? { DATABASE_PATH: sqlitePath, DATABASE_URL: '' } : store.env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the pack folder does not exist');
    if (engine === 'sqlite') {
      expect(existsSync(join(dir, 'var'))).toBe(false);
    } else {
      // Not even migrated: the store's schema holds no table at all.
      const db = createDb(store.location);
      try {
        const { rows } = await sql<{ n: number }>`
          select count(*) as n from information_schema.tables
          where table_schema = current_schema()`.execute(db);
        expect(rows).toEqual([{ n: 0 }]);
      } finally {
        await db.destroy();
      }
    }
  });

  // Where the loader writes when told nothing, or told both: the first needs no server, so it is
  // checked in the SQLite run; the second in the PostgreSQL run.
  if (engine === 'sqlite') {
    it('defaults DATABASE_PATH to var/outcomes.sqlite under the working directory', async () => {
      const cwd = await tempDir();
      const run = load([MINI_PACK], {}, cwd);
      expect(run.code).toBe(0);
      const expected = join(cwd, 'var', 'outcomes.sqlite');
      expect(run.stdout.trim().split('\n').at(-1)).toMatch(new RegExp(`into ${expected}$`));
      expect(existsSync(expected)).toBe(true);
    });
  } else {
    it('loads into DATABASE_URL when DATABASE_PATH is set too', async () => {
      const cwd = await tempDir();
      const store = await newStore();
      const run = load([MINI_PACK], { ...store.env, DATABASE_PATH: 'var/ignored.sqlite' }, cwd);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.trim().split('\n').at(-1)).toMatch(/ into postgres(ql)?:\/\/[^\s?]+$/);
      expect(existsSync(join(cwd, 'var'))).toBe(false);
      const db = createDb(store.location);
      try {
        expect(await getProgrammeData(db, 'mini')).toEqual(MINI_PROGRAMME_DATA);
      } finally {
        await db.destroy();
      }
    });
  }

  it('prints usage and exits 2 without a pack folder', async () => {
    const run = load([], (await newStore()).env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run load -- <pack-dir> [--replace]');
  });
});

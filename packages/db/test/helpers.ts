// Shared test plumbing: temp folders, fixture copies, a migrated store and a whole-store checksum.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { createDb } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import type { Database } from '../src/schema/database.js';
import { createTestDatabase, storeChecksum, type TestDatabase } from '../src/testing/index.js';

export const MINI_PACK = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mini');

const made: string[] = [];
const stores: TestDatabase[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'outcomes-db-test-'));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made and every store migratedTestDb made (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  await Promise.all(stores.splice(0).map((store) => store.drop()));
}

/** A fresh copy of the valid mini pack to edit. */
export async function copyMiniPack(): Promise<string> {
  const dir = join(await tempDir(), 'pack');
  await cp(MINI_PACK, dir, { recursive: true });
  return dir;
}

export async function editFile(
  dir: string,
  file: string,
  edit: (text: string) => string,
): Promise<void> {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`The edit to ${file} changed nothing`);
  await writeFile(path, after);
}

/** Replaces one exact substring, failing loudly if it is not there. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    if (!text.includes(search)) throw new Error(`"${search}" not found`);
    return text.replace(search, replacement);
  };
}

/**
 * A fresh migrated store on the engine this run is for (a SQLite file, or a PostgreSQL schema of
 * its own); removeTempDirs() removes them.
 */
export async function migratedTestDb(): Promise<Kysely<Database>> {
  const store = await createTestDatabase();
  stores.push(store);
  const db = createDb(store.location);
  await migrateToLatest(db);
  return db;
}

/** sha256 over every row of every table: equal checksums, equal stores. */
export const checksum = (db: Kysely<Database>): Promise<string> => storeChecksum(db);

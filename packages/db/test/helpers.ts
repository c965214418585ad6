// Shared test plumbing: temp folders, fixture copies, a migrated store and a whole-store checksum.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { createDb } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import type { Database } from '../src/schema/database.js';

export const MINI_PACK = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mini');

const made: string[] = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'outcomes-db-test-'));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made (call from afterAll). */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
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

export async function migratedMemoryDb(): Promise<Kysely<Database>> {
  const db = createDb(':memory:');
  await migrateToLatest(db);
  return db;
}

/** sha256 over every row of every table, in a fixed order: equal checksums, equal stores. */
export async function checksum(db: Kysely<Database>): Promise<string> {
  const hash = createHash('sha256');
  const tables = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name
  `.execute(db);
  for (const { name } of tables.rows) {
    const columns = await sql<{
      name: string;
    }>`select name from pragma_table_info(${name})`.execute(db);
    const orderBy = sql.join(columns.rows.map((c) => sql.ref(c.name)));
    const rows = await sql`select * from ${sql.table(name)} order by ${orderBy}`.execute(db);
    hash.update(`${name}\n${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}

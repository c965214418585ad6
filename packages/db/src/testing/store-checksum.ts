/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { engineOf } from '../create-db.js';

/** Tables a checksum leaves out, e.g. session bookkeeping that a read updates (last seen). */
export interface ChecksumOptions {
  exclude?: readonly string[];
}

/**
 * sha256 over every row of every table, each table's rows ordered by all their columns, on either
 * engine: equal checksums, equal stores. The tests take one before and after a refused change.
 */
export async function storeChecksum(
  db: Kysely<any>,
  options: ChecksumOptions = {},
): Promise<string> {
  const exclude = new Set(options.exclude ?? []);
  const hash = createHash('sha256');
  for (const table of await listTables(db)) {
    if (exclude.has(table)) continue;
    const columns = await listColumns(db, table);
    const orderBy = sql.join(columns.map((c) => sql.ref(c)));
    const rows = await sql`select * from ${sql.table(table)} order by ${orderBy}`.execute(db);
    hash.update(`${table}\n${JSON.stringify(rows.rows)}\n`);
  }
  return hash.digest('hex');
}

async function listTables(db: Kysely<any>): Promise<string[]> {
  const result =
    engineOf(db) === 'postgres'
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          order by table_name collate "C"`.execute(db)
      : await sql<{ name: string }>`
          select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  return result.rows.map((r) => r.name);
}

async function listColumns(db: Kysely<any>, table: string): Promise<string[]> {
  const result =
    engineOf(db) === 'postgres'
      ? await sql<{ name: string }>`
          select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = ${table}
          order by ordinal_position`.execute(db)
      : await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return result.rows.map((r) => r.name);
}

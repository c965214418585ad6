/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// One hash of a whole store, equal on SQLite and PostgreSQL for equal contents: the tests compare
// it before and after a refused change, and db:copy compares source and target before committing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { readPages } from './read-pages.js';
import { describeTables } from './table-shape.js';

/** Tables a checksum leaves out, e.g. session bookkeeping that a read updates (last seen). */
export interface ChecksumOptions {
  exclude?: readonly string[];
}

/** Rows per query: enough to make the round trips cheap, few enough to keep memory flat. */
const PAGE_ROWS = 2000;
/** Pages of tables holding files (up to 5 MB each) are kept short. */
const PAGE_ROWS_WITH_BYTES = 16;

/**
 * sha256 over every row of every table (each table's rows in primary-key order, or ordered by all
 * their columns when it has none), on either engine: equal checksums, equal stores. Both engines
 * hand back the same JavaScript values for the same contents (numbers, strings, nulls, Buffers),
 * and the table and column names are hashed too, so a renamed or missing column changes it.
 */
export async function storeChecksum(
  db: Kysely<any>,
  options: ChecksumOptions = {},
): Promise<string> {
  const exclude = new Set(options.exclude ?? []);
  const hash = createHash('sha256');
  for (const table of await describeTables(db)) {
    if (exclude.has(table.name)) continue;
    const names = table.columns.map((c) => c.name);
    hash.update(`${table.name}\n${JSON.stringify(names)}\n`);
    const pageSize = table.columns.some((c) => c.bytes) ? PAGE_ROWS_WITH_BYTES : PAGE_ROWS;
    for await (const rows of readPages(db, table, pageSize)) {
      for (const row of rows)
        hash.update(`${JSON.stringify(names.map((n) => comparable(row[n])))}\n`);
    }
  }
  return hash.digest('hex');
}

/** Bytes as base64 in a wrapper, so they can never hash like a string with the same text. */
function comparable(value: unknown): unknown {
  return value instanceof Uint8Array ? { bytes: Buffer.from(value).toString('base64') } : value;
}

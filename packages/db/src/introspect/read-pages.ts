/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// A table's rows a page at a time, in a fixed order, so a copy or a checksum of a store of any
// size holds one page in memory rather than the whole table.
import { sql, type Kysely } from 'kysely';
import type { TableShape } from './table-shape.js';

export type Row = Record<string, unknown>;

/**
 * Pages of at most `pageSize` rows in primary-key order, each page starting after the last key of
 * the one before (a keyset: every page costs the same, however deep into the table). A table
 * without a primary key is ordered by all its columns and paged by offset; such tables are kept
 * small by design. For a consistent read of a changing store, pass a transaction.
 */
export async function* readPages(
  db: Kysely<any>,
  table: TableShape,
  pageSize: number,
): AsyncGenerator<Row[]> {
  const columns = sql.join(table.columns.map((c) => sql.ref(c.name)));
  const from = sql.table(table.name);
  const key = table.primaryKey;
  if (key.length === 0) {
    // NULLS FIRST spelled out: the engines' defaults differ, and the order must not.
    const order = sql.join(table.columns.map((c) => sql`${sql.ref(c.name)} asc nulls first`));
    for (let offset = 0; ; offset += pageSize) {
      const { rows } = await sql<Row>`select ${columns} from ${from} order by ${order}
                                      limit ${pageSize} offset ${offset}`.execute(db);
      if (rows.length > 0) yield rows;
      if (rows.length < pageSize) return;
    }
  }
  const keyColumns = sql.join(key.map((k) => sql.ref(k)));
  let after: unknown[] | undefined;
  for (;;) {
    const where = after === undefined ? sql`` : sql`where (${keyColumns}) > (${sql.join(after)})`;
    const { rows } = await sql<Row>`select ${columns} from ${from} ${where}
                                    order by ${keyColumns} limit ${pageSize}`.execute(db);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = key.map((k) => last[k]);
  }
}

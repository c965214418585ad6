// Multi-row INSERTs for the pack loader, with the SQL text written by hand rather than through
// Kysely's query builder: building and compiling a query tree of thousands of values costs more
// than the database takes to insert them. Batches have a fixed number of rows, so every full batch
// of a table has the same SQL text: on SQLite a short text is prepared once and reused (the
// connection's statement cache, statement-cache.ts); on PostgreSQL batches are as large as the
// parameter limit allows, so a load makes few round trips and each statement-level data-version
// trigger runs once per batch.
import { CompiledQuery, type Kysely } from 'kysely';
import { engineOf } from '../create-db.js';
import type { Database } from '../schema/database.js';

export type BulkValue = string | number | null;

/** Bound parameters per PostgreSQL INSERT (its limit is 65,535). */
const POSTGRES_MAX_PARAMETERS = 30_000;
/** SQLite: the statement cache keeps texts up to 4,096 characters; stay under it. */
const SQLITE_MAX_SQL_LENGTH = 4000;
/** SQLite: rows per INSERT beyond which a longer statement gains nothing measurable. */
const SQLITE_MAX_ROWS = 200;

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per INSERT for a table of `columns` columns on this engine. */
function batchRows(engine: 'sqlite' | 'postgres', columns: number, prefixLength: number): number {
  if (engine === 'postgres') return Math.max(1, Math.floor(POSTGRES_MAX_PARAMETERS / columns));
  const perRow = columns * 2 + 2; // "(?,?,?)," and a little slack
  return Math.max(
    1,
    Math.min(SQLITE_MAX_ROWS, Math.floor((SQLITE_MAX_SQL_LENGTH - prefixLength) / perRow)),
  );
}

function valuesText(engine: 'sqlite' | 'postgres', columns: number, rows: number): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < columns; c++) {
      marks.push(engine === 'postgres' ? `$${r * columns + c + 1}` : '?');
    }
    tuples.push(`(${marks.join(',')})`);
  }
  return tuples.join(',');
}

/**
 * Inserts `rows` (each a list of values in `columns` order) into `table` with as few statements
 * as the engine allows. Call inside a transaction: a failure part-way leaves earlier batches
 * written until it rolls back. `onBatch` hears the rows written so far after each statement.
 */
export async function bulkInsert(
  db: Kysely<Database>,
  table: keyof Database,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
  onBatch?: (done: number) => void,
): Promise<number> {
  if (rows.length === 0) return 0;
  const engine = engineOf(db);
  const prefix = `insert into ${quoteName(table)} (${columns.map(quoteName).join(',')}) values `;
  const size = batchRows(engine, columns.length, prefix.length);
  const texts = new Map<number, string>();
  for (let done = 0; done < rows.length;) {
    const count = Math.min(size, rows.length - done);
    let text = texts.get(count);
    if (text === undefined) {
      text = prefix + valuesText(engine, columns.length, count);
      texts.set(count, text);
    }
    const parameters: BulkValue[] = new Array<BulkValue>(count * columns.length);
    let p = 0;
    for (let r = done; r < done + count; r++) {
      const row = rows[r]!;
      if (row.length !== columns.length) {
        throw new Error(
          `bulkInsert(${table}): a row has ${row.length} values, not ${columns.length}`,
        );
      }
      for (const value of row) parameters[p++] = value;
    }
    await db.executeQuery(CompiledQuery.raw(text, parameters));
    done += count;
    onBatch?.(done);
  }
  return rows.length;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// Copied rows keep their ids, and the engine that numbers new rows must then start after them:
// otherwise the target's first new submission (or user, audit entry...) would collide with a
// copied one. The target's counter is set to the source's high-water mark, which is at least the
// highest id copied and also covers ids that were used and deleted (AUTOINCREMENT and identities
// never reuse an id; a copy should not start to).
import { sql, type Kysely } from 'kysely';
import { engineOf } from '../create-db.js';
import type { TableShape } from '../introspect/table-shape.js';

/** The highest id the source has ever handed out in this table (0: none). */
export async function highWaterMark(
  source: Kysely<any>,
  table: string,
  column: string,
): Promise<number> {
  const { rows } = await sql<{ n: number | string | null }>`
    select max(${sql.ref(column)}) as n from ${sql.table(table)}`.execute(source);
  const highest = Number(rows[0]?.n ?? 0);
  return Math.max(highest, await counterOf(source, table, column));
}

async function counterOf(db: Kysely<any>, table: string, column: string): Promise<number> {
  if (engineOf(db) === 'postgres') {
    // Null until the sequence has handed out a value.
    const { rows } = await sql<{ n: number | string | null }>`
      select pg_sequence_last_value(pg_get_serial_sequence(${table}, ${column})) as n`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  const { rows } = await sql<{ n: number | null }>`
    select seq as n from sqlite_sequence where name = ${table}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Makes the target's next generated id in `table` exceed `mark`. */
export async function setNextId(
  target: Kysely<any>,
  table: TableShape,
  mark: number,
): Promise<void> {
  const column = table.generatedId;
  if (column === null || mark < 1) return;
  if (engineOf(target) === 'postgres') {
    // Not rolled back with the transaction (sequences never are); harmless, since it only moves
    // the counter on, so it is done last, after the checks.
    await sql`select setval(pg_get_serial_sequence(${table.name}, ${column}), ${mark})`.execute(
      target,
    );
    return;
  }
  // SQLite keeps AUTOINCREMENT counters in sqlite_sequence, one row per table once used.
  const current = await counterOf(target, table.name, column);
  if (current >= mark) return;
  await sql`delete from sqlite_sequence where name = ${table.name}`.execute(target);
  await sql`insert into sqlite_sequence (name, seq) values (${table.name}, ${mark})`.execute(
    target,
  );
}

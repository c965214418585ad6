/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
import { sql, type Kysely } from 'kysely';

/** Rows in one table (a number on both engines: PostgreSQL's bigint count is parsed exactly). */
export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
import { sql, type Kysely } from 'kysely';
import { assembleShapes, type TableShape } from './table-shape.js';

/** SQLite's catalogue: sqlite_master joined to the table_info and foreign_key_list pragmas. */
export async function describeSqliteTables(db: Kysely<any>): Promise<TableShape[]> {
  const tables = sql`select name, sql from sqlite_master
                     where type = 'table' and name not like 'sqlite\\_%' escape '\\'`;
  const columns = await sql<{
    table_name: string;
    name: string;
    type: string;
    pk: number;
    generated: number;
  }>`
    select t.name as table_name, c.name, c.type, c.pk,
           (c.pk = 1 and t.sql like '%autoincrement%') as generated
    from (${tables}) t join pragma_table_info(t.name) c
    order by t.name, c.cid`.execute(db);
  const references = await sql<{ table_name: string; parent: string }>`
    select t.name as table_name, f."table" as parent
    from (${tables}) t join pragma_foreign_key_list(t.name) f`.execute(db);
  return assembleShapes(
    columns.rows.map((c) => ({
      table_name: c.table_name,
      name: c.name,
      bytes: c.type.toLowerCase() === 'blob',
      // Only an INTEGER PRIMARY KEY can be AUTOINCREMENT, and a table has at most one.
      generated: c.generated === 1,
    })),
    columns.rows
      .filter((c) => c.pk > 0)
      .sort((a, b) =>
        a.table_name < b.table_name ? -1 : a.table_name > b.table_name ? 1 : a.pk - b.pk,
      )
      .map((c) => ({ table_name: c.table_name, name: c.name })),
    references.rows,
  );
}

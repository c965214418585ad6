/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
import { sql, type Kysely } from 'kysely';
import { assembleShapes, type TableShape } from './table-shape.js';

/** PostgreSQL's catalogue, for the tables of the current schema (the first on the search path). */
export async function describePostgresTables(db: Kysely<any>): Promise<TableShape[]> {
  const columns = await sql<{ table_name: string; name: string; type: string; identity: string }>`
    select c.table_name, c.column_name as name, c.data_type as type, c.is_identity as identity
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
    order by c.table_name collate "C", c.ordinal_position`.execute(db);
  const keys = await sql<{ table_name: string; name: string }>`
    select t.relname as table_name, a.attname as name
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = any(i.indkey)
    where i.indisprimary and t.relnamespace = (select oid from pg_namespace where nspname = current_schema())
    order by t.relname, array_position(i.indkey::int2[], a.attnum)`.execute(db);
  const references = await sql<{ table_name: string; parent: string }>`
    select child.relname as table_name, parent.relname as parent
    from pg_constraint k
    join pg_class child on child.oid = k.conrelid
    join pg_class parent on parent.oid = k.confrelid
    where k.contype = 'f' and child.relnamespace = (select oid from pg_namespace where nspname = current_schema())`.execute(
    db,
  );
  return assembleShapes(
    columns.rows.map((c) => ({
      table_name: c.table_name,
      name: c.name,
      bytes: c.type === 'bytea',
      generated: c.identity === 'YES',
    })),
    keys.rows,
    references.rows,
  );
}

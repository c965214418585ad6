/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// What a store's tables look like, read from the engine's own catalogue rather than from the
// Database type, so the copy and the checksum cover every table a migration makes, including one
// added after they were written.
import type { Kysely } from 'kysely';
import { engineOf } from '../create-db.js';
import { describePostgresTables } from './postgres-tables.js';
import { describeSqliteTables } from './sqlite-tables.js';

export interface ColumnShape {
  name: string;
  /** Raw bytes (BLOB / bytea): read and written a few rows at a time. */
  bytes: boolean;
}

export interface TableShape {
  name: string;
  /** In the table's own order. */
  columns: ColumnShape[];
  /** The primary key's columns in key order; empty when the table has none. */
  primaryKey: string[];
  /** Other tables this one's foreign keys reference: they must be filled first. */
  parents: string[];
  /** The column the engine numbers (AUTOINCREMENT / identity), if any. */
  generatedId: string | null;
}

/** Every table of the store (PostgreSQL: of the current schema), by name in byte order. */
export async function describeTables(db: Kysely<any>): Promise<TableShape[]> {
  const tables =
    engineOf(db) === 'postgres' ? await describePostgresTables(db) : await describeSqliteTables(db);
  return tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Builds the shapes from flat catalogue rows (one query per kind of fact, on both engines). */
export function assembleShapes(
  columns: readonly { table_name: string; name: string; bytes: boolean; generated: boolean }[],
  keys: readonly { table_name: string; name: string }[],
  references: readonly { table_name: string; parent: string }[],
): TableShape[] {
  const shapes = new Map<string, TableShape>();
  for (const c of columns) {
    let shape = shapes.get(c.table_name);
    if (shape === undefined) {
      shape = { name: c.table_name, columns: [], primaryKey: [], parents: [], generatedId: null };
      shapes.set(c.table_name, shape);
    }
    shape.columns.push({ name: c.name, bytes: c.bytes });
    if (c.generated) shape.generatedId = c.name;
  }
  for (const k of keys) shapes.get(k.table_name)?.primaryKey.push(k.name);
  for (const r of references) {
    const shape = shapes.get(r.table_name);
    // A table that references itself needs no ordering between tables.
    if (shape !== undefined && r.parent !== r.table_name && !shape.parents.includes(r.parent)) {
      shape.parents.push(r.parent);
    }
  }
  return [...shapes.values()];
}

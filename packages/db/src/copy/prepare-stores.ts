/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// Before a copy: both stores must be ones this version of Outcomes can migrate, the target must
// hold no rows, and then both are brought to the latest schema, so the copy moves rows between two
// identical schemas. Every refusal here comes before either store is changed.
import { sql, type Kysely } from 'kysely';
import { migrateToLatest } from '../migrate.js';
import { migrations } from '../migrations/index.js';
import type { Database } from '../schema/database.js';
import { countRows } from '../introspect/count-rows.js';
import { describeTables, type TableShape } from '../introspect/table-shape.js';
import {
  NotAnOutcomesStoreError,
  TargetNotEmptyError,
  UnknownMigrationsError,
} from './copy-errors.js';

/** Kysely's own bookkeeping: each store keeps the record of its own migrations. */
export const MIGRATION_TABLES: readonly string[] = ['kysely_migration', 'kysely_migration_lock'];

export const isMigrationTable = (name: string): boolean => MIGRATION_TABLES.includes(name);

export interface PreparedStores {
  /** Migrations applied by this call, to each store. */
  migrated: { source: string[]; target: string[] };
}

export async function prepareStores(
  source: Kysely<Database>,
  target: Kysely<Database>,
): Promise<PreparedStores> {
  const sourceTables = await describeTables(source);
  if (!sourceTables.some((t) => t.name === 'kysely_migration')) {
    throw new NotAnOutcomesStoreError();
  }
  await refuseUnknownMigrations(source, sourceTables, 'source');
  const targetTables = await describeTables(target);
  await refuseUnknownMigrations(target, targetTables, 'target');
  // Checked again inside the copy's transaction; checked here too so that a refused copy has not
  // migrated someone's live installation first.
  await refuseRows(target, targetTables);
  return {
    migrated: { source: await migrateToLatest(source), target: await migrateToLatest(target) },
  };
}

async function refuseUnknownMigrations(
  db: Kysely<any>,
  tables: readonly TableShape[],
  store: 'source' | 'target',
): Promise<void> {
  if (!tables.some((t) => t.name === 'kysely_migration')) return;
  const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const unknown = rows.map((r) => r.name).filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) throw new UnknownMigrationsError(store, unknown.sort());
}

/** Refuses a store with any row in any table other than the migrations' own. */
export async function refuseRows(db: Kysely<any>, tables: readonly TableShape[]): Promise<void> {
  const occupied: { table: string; rows: number }[] = [];
  for (const table of tables) {
    if (isMigrationTable(table.name)) continue;
    const rows = await countRows(db, table.name);
    if (rows > 0) occupied.push({ table: table.name, rows });
  }
  if (occupied.length > 0) throw new TargetNotEmptyError(occupied);
}

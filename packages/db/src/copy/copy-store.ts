/* eslint-disable @typescript-eslint/no-explicit-any -- rows of any table, read from the catalogue */
// Copies a whole installation from one store to another (SQLite → PostgreSQL when moving to a
// hosted deployment; PostgreSQL → SQLite for a backup), all or nothing.
//
// - Both stores are migrated to the latest schema first (prepare-stores.ts), and the tables are
//   read from the schema, so every table is copied, including one a later migration adds.
// - The source is read in one transaction (one snapshot, even if a server is still writing to it),
//   the target written in one transaction: a failure at any point leaves the target empty.
// - Rows keep their ids; each table's id counter is then moved past them.
// - Before committing, every table's row count and a checksum of every row are compared between
//   source and target; any difference rolls the copy back.
import type { Kysely, Transaction } from 'kysely';
import { countRows } from '../introspect/count-rows.js';
import { readPages } from '../introspect/read-pages.js';
import { storeChecksum } from '../introspect/store-checksum.js';
import { describeTables, type TableShape } from '../introspect/table-shape.js';
import type { Database } from '../schema/database.js';
import { CopyCheckError, SchemaMismatchError, type TableCount } from './copy-errors.js';
import { copyOrder } from './copy-order.js';
import { highWaterMark, setNextId } from './generated-ids.js';
import { isMigrationTable, MIGRATION_TABLES, prepareStores, refuseRows } from './prepare-stores.js';

export type CopyProgress =
  | { step: 'migrated'; store: 'source' | 'target'; migrations: string[] }
  /** After each batch of a table, and once for an empty table (done = total = 0). */
  | { step: 'table'; table: string; done: number; total: number }
  | { step: 'checking' };

export interface CopyOptions {
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopyResult {
  /** Every copied table, in the order copied, with its rows in each store (equal). */
  counts: TableCount[];
  rows: number;
  /** The checksum both stores share. */
  checksum: string;
  migrated: { source: string[]; target: string[] };
}

/** Bound parameters per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 8000;
/** Rows per INSERT for tables holding files (up to 5 MB each), to keep memory flat. */
const ROWS_WITH_BYTES = 16;

/**
 * Columns that triggers on the target change while the rows arrive: inserting a programme's
 * figures raises programme.data_version (see the data-version migration). The copy restores the
 * source's value once every row is in; the checksum would catch any other such column.
 */
const TRIGGER_MAINTAINED = [{ table: 'programme', key: 'id', column: 'data_version' }] as const;

/**
 * Tables that triggers on the target write rows into while other tables arrive: each submission
 * copied logs its step in programme_change (migration 2026-12-07T0100). They are copied last,
 * after the rows the triggers wrote are deleted, so the target holds the source's rows exactly.
 */
const TRIGGER_WRITTEN: readonly string[] = ['programme_change'];

export async function copyStore(
  source: Kysely<Database>,
  target: Kysely<Database>,
  options: CopyOptions = {},
): Promise<CopyResult> {
  const report = options.onProgress ?? (() => undefined);
  const { migrated } = await prepareStores(source, target);
  report({ step: 'migrated', store: 'source', migrations: migrated.source });
  report({ step: 'migrated', store: 'target', migrations: migrated.target });

  const tables = await matchingTables(source, target);
  // Repeatable read on PostgreSQL: every table from one snapshot. SQLite's transaction is one
  // snapshot anyway (WAL); it ignores the isolation level and access mode.
  return source
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((from) =>
      target.transaction().execute(async (to) => {
        await refuseRows(to, tables);
        const counts: TableCount[] = [];
        const written = tables.filter((t) => TRIGGER_WRITTEN.includes(t.name));
        for (const table of [...tables.filter((t) => !written.includes(t)), ...written]) {
          const total = await countRows(from, table.name);
          if (written.includes(table)) await (to as Kysely<any>).deleteFrom(table.name).execute();
          await copyTable(from, to, table, (done) =>
            report({ step: 'table', table: table.name, done, total }),
          );
          counts.push({ table: table.name, source: total, target: 0 });
        }
        await restoreTriggerMaintained(from, to, tables);

        report({ step: 'checking' });
        for (const count of counts) count.target = await countRows(to, count.table);
        if (counts.some((c) => c.source !== c.target)) throw new CopyCheckError('counts', counts);
        const checksum = await storeChecksum(to, { exclude: MIGRATION_TABLES });
        if (checksum !== (await storeChecksum(from, { exclude: MIGRATION_TABLES }))) {
          throw new CopyCheckError('checksum', counts);
        }

        for (const table of tables) {
          if (table.generatedId === null) continue;
          await setNextId(to, table, await highWaterMark(from, table.name, table.generatedId));
        }
        return { counts, rows: counts.reduce((n, c) => n + c.source, 0), checksum, migrated };
      }),
    );
}

/**
 * The tables to copy, parents first. Both stores are at the same migration, so their tables and
 * columns should be the same; anything else (a table dropped or added by hand) is refused here,
 * before a row is written.
 */
async function matchingTables(
  source: Kysely<Database>,
  target: Kysely<Database>,
): Promise<TableShape[]> {
  const product = (tables: TableShape[]) => tables.filter((t) => !isMigrationTable(t.name));
  const from = product(await describeTables(source));
  const to = new Map(product(await describeTables(target)).map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const table of from) {
    const other = to.get(table.name);
    to.delete(table.name);
    if (other === undefined) {
      problems.push(`the target has no table ${table.name}`);
      continue;
    }
    const names = (t: TableShape) => t.columns.map((c) => c.name).sort();
    const mine = names(table);
    const theirs = names(other);
    const missing = mine.filter((c) => !theirs.includes(c));
    const extra = theirs.filter((c) => !mine.includes(c));
    if (missing.length > 0)
      problems.push(`${table.name} lacks ${missing.join(', ')} in the target`);
    if (extra.length > 0) problems.push(`${table.name} has ${extra.join(', ')} only in the target`);
  }
  for (const name of to.keys()) problems.push(`the source has no table ${name}`);
  if (problems.length > 0) throw new SchemaMismatchError(problems);
  return copyOrder(from);
}

async function copyTable(
  from: Transaction<Database>,
  to: Transaction<Database>,
  table: TableShape,
  progress: (done: number) => void,
): Promise<void> {
  const pageSize = table.columns.some((c) => c.bytes)
    ? ROWS_WITH_BYTES
    : Math.max(1, Math.floor(MAX_PARAMETERS / table.columns.length));
  const db = to as Kysely<any>;
  let done = 0;
  for await (const rows of readPages(from, table, pageSize)) {
    await db.insertInto(table.name).values(rows).execute();
    done += rows.length;
    progress(done);
  }
  if (done === 0) progress(0);
}

async function restoreTriggerMaintained(
  from: Transaction<Database>,
  to: Transaction<Database>,
  tables: readonly TableShape[],
): Promise<void> {
  for (const { table, key, column } of TRIGGER_MAINTAINED) {
    if (!tables.some((t) => t.name === table)) continue;
    const source = from as Kysely<any>;
    const target = to as Kysely<any>;
    const rows: { key: unknown; value: unknown }[] = await source
      .selectFrom(table)
      .select([`${key} as key`, `${column} as value`])
      .execute();
    for (const row of rows) {
      // Only where it differs: on both engines an update that leaves data_version as it was is
      // taken for a settings change and raises it (the programme trigger).
      await target
        .updateTable(table)
        .set({ [column]: row.value })
        .where(key, '=', row.key)
        .where(column, '<>', row.value)
        .execute();
    }
  }
}

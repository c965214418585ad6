/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// A data version per programme, so a cache of computed figures can tell cheaply whether anything
// they depend on has changed. Frozen: never edit once released; add a new migration instead.
//
// - programme.data_version goes up in the same transaction as every write to a table the
//   evaluation reads. Triggers do it, so every writer of the file (the API, the CLI loader, another
//   process, a SQL shell) bumps it without having to remember. On PostgreSQL the same triggers are
//   PL/pgSQL and statement-level, reading transition tables: one bump per programme per statement.
// - Returned figures: one bump per submission (every revision belongs to a submission), not per
//   revision row, so a large upload pays for one UPDATE. Other inputs bump per row changed; they
//   are small (a pack has about 2,000 of them) and a bump is about 2 µs.
// - Commentary and SPC rebases are not inputs of the evaluation, but the read views show them, and
//   cached answers are checked against the same stamp. The audit log and accounts do not count.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

/** Tables whose every row change changes what a programme's read views show. */
const INPUT_TABLES = [
  'partner',
  'outcome',
  'strand',
  'unit_cost',
  'unit_cost_bearer',
  'metric',
  'baseline',
  'forecast_version',
  'forecast',
  'cost',
  'deflator',
  'commentary',
  'spc_rebase',
] as const;

const bump = (programmeId: string) =>
  `update programme set data_version = data_version + 1 where id = ${programmeId};`;

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .alterTable('programme')
    .addColumn('data_version', t.int64, (c) => c.notNull().defaultTo(0))
    .execute();
  if (t.isPostgres) {
    await createPostgresTriggers(db);
    return;
  }

  const statements: string[] = [];
  for (const table of INPUT_TABLES) {
    statements.push(
      `create trigger ${table}_data_version_insert after insert on ${table} begin ${bump('new.programme_id')} end`,
      `create trigger ${table}_data_version_update after update on ${table} begin ${bump('old.programme_id')} ${bump('new.programme_id')} end`,
      `create trigger ${table}_data_version_delete after delete on ${table} begin ${bump('old.programme_id')} end`,
    );
  }
  statements.push(
    `create trigger submission_data_version_insert after insert on submission begin ${bump('new.programme_id')} end`,
    `create trigger submission_data_version_delete after delete on submission begin ${bump('old.programme_id')} end`,
    // A revision written under an existing submission, or changed in place (neither is done by
    // the application: belt and braces).
    `create trigger actual_revision_data_version_update after update on actual_revision begin ${bump('old.programme_id')} ${bump('new.programme_id')} end`,
    // The programme's own settings (discount rate, thresholds...). The WHEN stops the trigger's
    // own update from counting twice.
    `create trigger programme_data_version_update after update on programme when new.data_version = old.data_version begin update programme set data_version = old.data_version + 1 where id = new.id; end`,
  );
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/**
 * PostgreSQL: statement-level triggers that bump each programme a statement touched once, read
 * from the statement's transition tables (a pack load's multi-row insert bumps once, not per row).
 */
async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  const bumpFrom = (rows: string) =>
    `update programme set data_version = data_version + 1
       where id in (select programme_id from ${rows})`;
  await sql
    .raw(
      `create function bump_data_version_new() returns trigger language plpgsql as $$
    begin ${bumpFrom('new_rows')}; return null; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function bump_data_version_old() returns trigger language plpgsql as $$
    begin ${bumpFrom('old_rows')}; return null; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create function bump_data_version_old_and_new() returns trigger
    language plpgsql as $$
    begin ${bumpFrom('(select programme_id from old_rows union select programme_id from new_rows) changed')};
    return null; end $$`,
    )
    .execute(db);
  // The programme's own settings: a row-level BEFORE trigger raises the version in the same row,
  // unless the update is itself a bump (the version already moved).
  await sql
    .raw(
      `create function bump_programme_data_version() returns trigger language plpgsql as $$
    begin
      if new.data_version = old.data_version then new.data_version := old.data_version + 1; end if;
      return new;
    end $$`,
    )
    .execute(db);

  const statements: string[] = [];
  const trigger = (table: string, event: 'insert' | 'update' | 'delete') => {
    const referencing = {
      insert: 'referencing new table as new_rows',
      update: 'referencing old table as old_rows new table as new_rows',
      delete: 'referencing old table as old_rows',
    }[event];
    const fn = { insert: 'new', update: 'old_and_new', delete: 'old' }[event];
    statements.push(
      `create trigger ${table}_data_version_${event} after ${event} on ${table} ${referencing}
         for each statement execute function bump_data_version_${fn}()`,
    );
  };
  for (const table of INPUT_TABLES) {
    trigger(table, 'insert');
    trigger(table, 'update');
    trigger(table, 'delete');
  }
  trigger('submission', 'insert');
  trigger('submission', 'delete');
  trigger('actual_revision', 'update');
  statements.push(
    `create trigger programme_data_version_update before update on programme
       for each row execute function bump_programme_data_version()`,
  );
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  const triggers = [
    ...INPUT_TABLES.flatMap((t) => [
      `${t}_data_version_insert`,
      `${t}_data_version_update`,
      `${t}_data_version_delete`,
    ]),
    'submission_data_version_insert',
    'submission_data_version_delete',
    'actual_revision_data_version_update',
    'programme_data_version_update',
  ];
  if (t.isPostgres) {
    const tableOf = (name: string) => name.replace(/_data_version_(insert|update|delete)$/, '');
    for (const name of triggers) {
      await sql.raw(`drop trigger if exists ${name} on ${tableOf(name)}`).execute(db);
    }
    for (const fn of ['new', 'old', 'old_and_new']) {
      await sql.raw(`drop function if exists bump_data_version_${fn}()`).execute(db);
    }
    await sql.raw('drop function if exists bump_programme_data_version()').execute(db);
  } else {
    for (const name of triggers) await sql.raw(`drop trigger if exists ${name}`).execute(db);
  }
  await db.schema.alterTable('programme').dropColumn('data_version').execute();
}

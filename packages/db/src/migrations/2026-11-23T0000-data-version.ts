/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// A data version per programme, so a cache of computed figures can tell cheaply whether anything
// they depend on has changed. Frozen: never edit once released; add a new migration instead.
//
// - programme.data_version goes up in the same transaction as every write to a table the
//   evaluation reads. Triggers do it, so every writer of the file (the API, the CLI loader, another
//   process, a SQL shell) bumps it without having to remember; PostgreSQL will need the same
//   triggers in PL/pgSQL (statement-level there, with transition tables).
// - Returned figures: one bump per submission (every revision belongs to a submission), not per
//   revision row, so a large upload pays for one UPDATE. Other inputs bump per row changed; they
//   are small (a pack has about 2,000 of them) and a bump is about 2 µs.
// - Commentary and SPC rebases are not inputs of the evaluation, but the read views show them, and
//   cached answers are checked against the same stamp. The audit log and accounts do not count.
import { sql, type Kysely } from 'kysely';

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
  await db.schema
    .alterTable('programme')
    .addColumn('data_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

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

export async function down(db: Kysely<any>): Promise<void> {
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
  for (const name of triggers) await sql.raw(`drop trigger if exists ${name}`).execute(db);
  await db.schema.alterTable('programme').dropColumn('data_version').execute();
}

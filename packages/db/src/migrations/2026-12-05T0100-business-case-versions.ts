/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Numbered versions of a programme's business case (issue #17). Frozen: never edit once released;
// add a new migration instead.
//
// - business_case_version: version 1, 2, ... of a programme's business case, each a snapshot of
//   the versioned inputs (forecasts, forecast costs, unit costs and their bearers) taken when it
//   was loaded. Snapshots are never updated: a refresh is a new version.
// - business_case_in_force: append-only decisions "version N is in force from date D", with the
//   admin's reason. The evaluation as of a date uses the latest decision in force then (and known
//   then), so an earlier judgement replays exactly; with none, version 1.
// - Snapshot rows name metrics, strands, partners and unit costs without foreign keys: a replace
//   may retire them from the live framework, and an old version must still read as it was.
// - Every existing programme gets version 1, "original business case", from its live rows, so
//   nothing it is judged against changes.
// - The version and decision tables bump programme.data_version like every other input (a
//   snapshot's rows are written in the same transaction as its version row, which bumps once).
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

const BUMPED = ['business_case_version', 'business_case_in_force'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('business_case_version')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('note', t.text)
    .addColumn('created_by', t.text, (c) => c.notNull())
    .addColumn('created_by_user_id', 'integer')
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('business_case_version_pk', ['programme_id', 'version'])
    .addForeignKeyConstraint('business_case_version_programme_fk', ['programme_id'], 'programme', [
      'id',
    ])
    .addCheckConstraint('business_case_version_number_check', sql`version >= 1`)
    .addCheckConstraint('business_case_version_name_check', sql`length(name) > 0`)
    .execute();

  const versionFk = (table: string): [string, ['programme_id', 'version'], string, string[]] => [
    `${table}_version_fk`,
    ['programme_id', 'version'],
    'business_case_version',
    ['programme_id', 'version'],
  ];

  await db.schema
    .createTable('business_case_forecast')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('business_case_forecast_pk', [
      'programme_id',
      'version',
      'metric_id',
      'period_start',
    ])
    .addForeignKeyConstraint(...versionFk('business_case_forecast'))
    .execute();

  await db.schema
    .createTable('business_case_cost')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('strand_id', t.text, (c) => c.notNull())
    .addColumn('partner_id', t.text, (c) => c.notNull())
    .addColumn('financial_year', t.text, (c) => c.notNull())
    .addColumn('kind', t.text, (c) => c.notNull())
    .addColumn('forecast_pence', t.int64, (c) => c.notNull())
    .addPrimaryKeyConstraint('business_case_cost_pk', ['programme_id', 'version', 'position'])
    .addForeignKeyConstraint(...versionFk('business_case_cost'))
    .execute();

  await db.schema
    .createTable('business_case_unit_cost')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('unit_cost_id', t.text, (c) => c.notNull())
    .addColumn('per', t.text, (c) => c.notNull())
    .addColumn('value_pence', t.int64, (c) => c.notNull())
    .addColumn('price_year', t.text, (c) => c.notNull())
    .addColumn('confidence_grade', 'integer', (c) => c.notNull())
    .addColumn('category', t.text, (c) => c.notNull())
    .addColumn('cashable_share', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('business_case_unit_cost_pk', [
      'programme_id',
      'version',
      'unit_cost_id',
    ])
    .addForeignKeyConstraint(...versionFk('business_case_unit_cost'))
    .execute();

  await db.schema
    .createTable('business_case_unit_cost_bearer')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('unit_cost_id', t.text, (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('partner_id', t.text, (c) => c.notNull())
    .addColumn('share', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('business_case_unit_cost_bearer_pk', [
      'programme_id',
      'version',
      'unit_cost_id',
      'position',
    ])
    .addForeignKeyConstraint(...versionFk('business_case_unit_cost_bearer'))
    .execute();

  await db.schema
    .createTable('business_case_in_force')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // ISO date: the first day the version is in force.
    .addColumn('effective_from', t.text, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('decided_by', t.text, (c) => c.notNull())
    .addColumn('decided_by_user_id', 'integer')
    .addColumn('decided_at', t.text, (c) => c.notNull())
    .addForeignKeyConstraint(...versionFk('business_case_in_force'))
    .addCheckConstraint('business_case_in_force_reason_check', sql`length(reason) > 0`)
    .execute();
  await db.schema
    .createIndex('business_case_in_force_programme_idx')
    .on('business_case_in_force')
    .columns(['programme_id', 'effective_from'])
    .execute();

  await backfillVersionOne(db);
  await createTriggers(db, t.isPostgres);
}

/** Version 1 of every programme already stored: its live forecasts, costs and unit costs. */
async function backfillVersionOne(db: Kysely<any>): Promise<void> {
  await sql`insert into business_case_version
      (programme_id, version, name, note, created_by, created_by_user_id, created_at)
    select id, 1, 'original business case', 'recorded from the stored programme when versions began',
      'system', null, loaded_at from programme`.execute(db);
  await sql`insert into business_case_forecast (programme_id, version, metric_id, period_start, value)
    select f.programme_id, 1, f.metric_id, f.period_start, f.value from forecast f
    join forecast_version v on v.programme_id = f.programme_id and v.id = f.version_id
    where v.is_current = 1`.execute(db);
  await sql`insert into business_case_cost
      (programme_id, version, position, strand_id, partner_id, financial_year, kind, forecast_pence)
    select programme_id, 1, position, strand_id, partner_id, financial_year, kind, forecast_pence
    from cost`.execute(db);
  await sql`insert into business_case_unit_cost (programme_id, version, unit_cost_id, per,
      value_pence, price_year, confidence_grade, category, cashable_share)
    select programme_id, 1, id, per, value_pence, price_year, confidence_grade, category,
      cashable_share from unit_cost`.execute(db);
  await sql`insert into business_case_unit_cost_bearer
      (programme_id, version, unit_cost_id, position, partner_id, share)
    select programme_id, 1, unit_cost_id, position, partner_id, share
    from unit_cost_bearer`.execute(db);
}

/** The same data-version triggers as 2026-11-23T0000-data-version, on the two new input tables. */
async function createTriggers(db: Kysely<any>, isPostgres: boolean): Promise<void> {
  const bump = (programmeId: string) =>
    `update programme set data_version = data_version + 1 where id = ${programmeId};`;
  const statements: string[] = [];
  for (const table of BUMPED) {
    if (isPostgres) {
      // The bump functions were created by the data-version migration.
      statements.push(
        `create trigger ${table}_data_version_insert after insert on ${table}
           referencing new table as new_rows for each statement execute function bump_data_version_new()`,
        `create trigger ${table}_data_version_update after update on ${table}
           referencing old table as old_rows new table as new_rows
           for each statement execute function bump_data_version_old_and_new()`,
        `create trigger ${table}_data_version_delete after delete on ${table}
           referencing old table as old_rows for each statement execute function bump_data_version_old()`,
      );
    } else {
      statements.push(
        `create trigger ${table}_data_version_insert after insert on ${table} begin ${bump('new.programme_id')} end`,
        `create trigger ${table}_data_version_update after update on ${table} begin ${bump('old.programme_id')} ${bump('new.programme_id')} end`,
        `create trigger ${table}_data_version_delete after delete on ${table} begin ${bump('old.programme_id')} end`,
      );
    }
  }
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  for (const table of BUMPED) {
    for (const event of ['insert', 'update', 'delete']) {
      const name = `${table}_data_version_${event}`;
      await sql
        .raw(`drop trigger if exists ${name}${t.isPostgres ? ` on ${table}` : ''}`)
        .execute(db);
    }
  }
  for (const table of [
    'business_case_in_force',
    'business_case_unit_cost_bearer',
    'business_case_unit_cost',
    'business_case_cost',
    'business_case_forecast',
    'business_case_version',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// A comparison series as a metric's counterfactual (issue 18). Frozen: never edit once released.
//
// - metric.comparator_name, comparator_source: whose series it is and where it comes from; both
//   null for existing metrics, which keep the growth counterfactual and their figures.
// - comparator_value: the series, one value per period of the metric's frequency, keyed by
//   programme, metric and period. An input of the evaluation, so it bumps data_version like
//   every other input (the same triggers as 2026-11-23T0000-data-version).
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

const TABLE = 'comparator_value';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema.alterTable('metric').addColumn('comparator_name', t.text).execute();
  await db.schema.alterTable('metric').addColumn('comparator_source', t.text).execute();
  await db.schema
    .createTable(TABLE)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addPrimaryKeyConstraint('comparator_value_pk', ['programme_id', 'metric_id', 'period_start'])
    .addForeignKeyConstraint(
      'comparator_value_metric_fk',
      ['programme_id', 'metric_id'],
      'metric',
      ['programme_id', 'id'],
    )
    .execute();
  const bump = (programmeId: string) =>
    `update programme set data_version = data_version + 1 where id = ${programmeId};`;
  const statements = t.isPostgres
    ? [
        // The bump functions were created by the data-version migration.
        `create trigger ${TABLE}_data_version_insert after insert on ${TABLE}
           referencing new table as new_rows for each statement execute function bump_data_version_new()`,
        `create trigger ${TABLE}_data_version_update after update on ${TABLE}
           referencing old table as old_rows new table as new_rows
           for each statement execute function bump_data_version_old_and_new()`,
        `create trigger ${TABLE}_data_version_delete after delete on ${TABLE}
           referencing old table as old_rows for each statement execute function bump_data_version_old()`,
      ]
    : [
        `create trigger ${TABLE}_data_version_insert after insert on ${TABLE} begin ${bump('new.programme_id')} end`,
        `create trigger ${TABLE}_data_version_update after update on ${TABLE} begin ${bump('old.programme_id')} ${bump('new.programme_id')} end`,
        `create trigger ${TABLE}_data_version_delete after delete on ${TABLE} begin ${bump('old.programme_id')} end`,
      ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  for (const event of ['insert', 'update', 'delete']) {
    const name = `${TABLE}_data_version_${event}`;
    await sql
      .raw(`drop trigger if exists ${name}${t.isPostgres ? ` on ${TABLE}` : ''}`)
      .execute(db);
  }
  await db.schema.dropTable(TABLE).execute();
  await db.schema.alterTable('metric').dropColumn('comparator_source').execute();
  await db.schema.alterTable('metric').dropColumn('comparator_name').execute();
}

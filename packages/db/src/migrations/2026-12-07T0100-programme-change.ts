/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Which of a programme's data-version steps were returned figures (issue 19). Frozen: never edit
// once released; add a new migration instead.
//
// An API server keeps each programme's evaluation and, when the data version moves, re-read the
// whole programme: about 5,000 rows, 35 ms on PostgreSQL, on every server, after every upload.
// With 20 data officers uploading during a board meeting that was more than a core. This table
// lets a server re-read only what a return changed:
// - programme_change holds one row per data-version step that is known not to change anything
//   but returned figures: a submission (its id: its revisions are the figures it changed) or a
//   write claim (claimProgrammeForWrite: a step that changes nothing by itself).
// - Any other step (a forecast, a unit cost, the programme's settings, a deleted submission, a
//   write from a SQL shell) leaves no row, so a reader that finds a step unaccounted for reads
//   the whole programme again, as before. A missing row costs a full read; it can never cost a
//   wrong answer.
// - The submission triggers raise the version and log the step in one trigger body, so the row
//   carries the version that submission produced. On PostgreSQL one statement inserting several
//   submissions of a programme is one step with several rows.
// - Rows go with their programme (on delete cascade): versions restart with a new programme row.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('programme_change')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) =>
      c.notNull().references('programme.id').onDelete('cascade'),
    )
    .addColumn('data_version', t.int64, (c) => c.notNull())
    // Null for a write claim.
    .addColumn('submission_id', 'integer')
    .execute();
  await db.schema
    .createIndex('programme_change_version_idx')
    .on('programme_change')
    .columns(['programme_id', 'data_version'])
    .execute();

  if (t.isPostgres) {
    await sql
      .raw(
        `create function bump_data_version_submission() returns trigger language plpgsql as $$
        begin
          with bumped as (
            update programme set data_version = data_version + 1
             where id in (select programme_id from new_rows)
             returning id, data_version)
          insert into programme_change (programme_id, data_version, submission_id)
          select n.programme_id, b.data_version, n.id from new_rows n join bumped b on b.id = n.programme_id;
          return null;
        end $$`,
      )
      .execute(db);
    await sql.raw('drop trigger submission_data_version_insert on submission').execute(db);
    await sql
      .raw(
        `create trigger submission_data_version_insert after insert on submission
           referencing new table as new_rows
           for each statement execute function bump_data_version_submission()`,
      )
      .execute(db);
    return;
  }
  await sql.raw('drop trigger submission_data_version_insert').execute(db);
  await sql
    .raw(
      `create trigger submission_data_version_insert after insert on submission begin
         update programme set data_version = data_version + 1 where id = new.programme_id;
         insert into programme_change (programme_id, data_version, submission_id)
           select id, data_version, new.id from programme where id = new.programme_id;
       end`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  if (t.isPostgres) {
    await sql.raw('drop trigger submission_data_version_insert on submission').execute(db);
    await sql
      .raw(
        `create trigger submission_data_version_insert after insert on submission
           referencing new table as new_rows
           for each statement execute function bump_data_version_new()`,
      )
      .execute(db);
    await sql.raw('drop function bump_data_version_submission()').execute(db);
  } else {
    await sql.raw('drop trigger submission_data_version_insert').execute(db);
    await sql
      .raw(
        `create trigger submission_data_version_insert after insert on submission begin
           update programme set data_version = data_version + 1 where id = new.programme_id;
         end`,
      )
      .execute(db);
  }
  await db.schema.dropTable('programme_change').execute();
}

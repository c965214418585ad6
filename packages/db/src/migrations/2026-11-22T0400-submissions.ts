/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Quarterly returns: who submitted, from which file, what each row did. Frozen: never edit once
// released; add a new migration instead.
//
// - submission gains its provenance: the acting user (id, and their email as it was then), the
//   partner returned for, the file's type, size and SHA-256, and what its rows did.
// - submission_file keeps the original bytes, written in the same transaction as the figures, so a
//   stored submission always has its file (PostgreSQL: bytea).
// - submission_row records every row a submission brought, including rows that changed nothing
//   (no revision is written for those), with its row number as the user saw it in the spreadsheet.
//   It names the metric without a foreign key, as commentary does.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .alterTable('submission')
    .addColumn('submitted_by_user_id', 'integer', (c) => c.references('app_user.id'))
    .execute();
  await db.schema.alterTable('submission').addColumn('submitted_by', t.text).execute();
  await db.schema.alterTable('submission').addColumn('partner_id', t.text).execute();
  await db.schema.alterTable('submission').addColumn('file_type', t.text).execute();
  await db.schema.alterTable('submission').addColumn('file_size', 'integer').execute();
  await db.schema.alterTable('submission').addColumn('file_sha256', t.text).execute();
  for (const column of ['created_count', 'revised_count', 'unchanged_count', 'warning_count']) {
    await db.schema
      .alterTable('submission')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  // The pack's submission: every row it brought created revision 1.
  await sql`update submission set created_count = row_count where source = 'pack'`.execute(db);

  await db.schema
    .createTable('submission_file')
    .addColumn('submission_id', 'integer', (c) => c.primaryKey())
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('content', t.bytes, (c) => c.notNull())
    .addForeignKeyConstraint(
      'submission_file_submission_fk',
      ['programme_id', 'submission_id'],
      'submission',
      ['programme_id', 'id'],
    )
    .execute();

  await db.schema
    .createTable('submission_row')
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('submission_id', 'integer', (c) => c.notNull())
    // As the user saw it: the spreadsheet row (header = 1), or the position in a form entry.
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('value', t.float, (c) => c.notNull())
    .addColumn('note', t.text)
    // created: the first figure; revised: a new revision; unchanged: same value, no revision.
    .addColumn('outcome', t.text, (c) => c.notNull())
    // The revision written (created, revised) or the current one it matched (unchanged).
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('previous_value', t.float)
    // JSON array of the plausibility warnings the user confirmed; null when none.
    .addColumn('warnings', t.text)
    .addPrimaryKeyConstraint('submission_row_pk', ['programme_id', 'submission_id', 'row_number'])
    .addForeignKeyConstraint(
      'submission_row_submission_fk',
      ['programme_id', 'submission_id'],
      'submission',
      ['programme_id', 'id'],
    )
    .addCheckConstraint(
      'submission_row_outcome_check',
      sql`outcome in ('created', 'revised', 'unchanged')`,
    )
    .execute();

  await db.schema
    .createIndex('submission_row_metric_idx')
    .on('submission_row')
    .columns(['programme_id', 'metric_id', 'period_start'])
    .execute();
  await db.schema
    .createIndex('submission_submitted_by_idx')
    .on('submission')
    .columns(['submitted_by_user_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('submission_row').execute();
  await db.schema.dropTable('submission_file').execute();
  await db.schema.dropIndex('submission_submitted_by_idx').execute();
  for (const column of [
    'warning_count',
    'unchanged_count',
    'revised_count',
    'created_count',
    'file_sha256',
    'file_size',
    'file_type',
    'partner_id',
    'submitted_by',
    'submitted_by_user_id',
  ]) {
    await db.schema.alterTable('submission').dropColumn(column).execute();
  }
}

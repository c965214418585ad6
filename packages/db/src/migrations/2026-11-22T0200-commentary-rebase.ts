/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Sponsors' "story behind the curve" and SPC rebases. Frozen: never edit once released.
// Both tables are append-only: a new commentary revision or a withdrawal is a new row, so nothing a
// sponsor wrote is ever overwritten. They reference the programme, not the metric: a pack
// replace deletes and re-inserts metrics, and must not take what users wrote with it.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('commentary')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('what_happened', t.text, (c) => c.notNull())
    .addColumn('what_helps', t.text)
    .addColumn('what_hurts', t.text)
    .addColumn('what_next', t.text)
    .addColumn('author_user_id', 'integer')
    .addColumn('author_name', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addUniqueConstraint('commentary_revision_unique', [
      'programme_id',
      'metric_id',
      'period_start',
      'revision',
    ])
    .addForeignKeyConstraint('commentary_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint('commentary_revision_check', sql`revision >= 1`)
    .addCheckConstraint('commentary_what_happened_check', sql`length(what_happened) > 0`)
    .execute();

  await db.schema
    .createTable('spc_rebase')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('metric_id', t.text, (c) => c.notNull())
    .addColumn('period_start', t.text, (c) => c.notNull())
    // 'rebase' records a rebase at the period; 'withdraw' withdraws the one recorded there.
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('reason', t.text, (c) => c.notNull())
    .addColumn('author_user_id', 'integer')
    .addColumn('author_name', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addForeignKeyConstraint('spc_rebase_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint('spc_rebase_action_check', sql`action in ('rebase', 'withdraw')`)
    .addCheckConstraint('spc_rebase_reason_check', sql`length(reason) > 0`)
    .execute();

  await db.schema
    .createIndex('spc_rebase_metric_period_idx')
    .on('spc_rebase')
    .columns(['programme_id', 'metric_id', 'period_start'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('spc_rebase').execute();
  await db.schema.dropTable('commentary').execute();
}

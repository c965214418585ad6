/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Installation-wide administrators: people who may create programmes and give a new programme its
// first admin, and who may read every programme. A role of the installation, not of a programme,
// so it is a table of its own rather than a role_grant row (which needs a programme). Frozen:
// never edit once released; add a new migration instead.
import type { Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('installation_admin')
    .addColumn('user_id', 'integer', (c) => c.primaryKey())
    .addColumn('granted_at', t.text, (c) => c.notNull())
    .addForeignKeyConstraint('installation_admin_user_fk', ['user_id'], 'app_user', ['id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('installation_admin').execute();
}

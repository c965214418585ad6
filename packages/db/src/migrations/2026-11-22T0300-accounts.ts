/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Accounts, role grants, browser sessions and API tokens; and an audit log that says who changed
// what, with before and after. Frozen: never edit once released; add a new migration instead.
//
// - `app_user`, not `user`: USER is a reserved word in PostgreSQL.
// - Role grants name partners and strands without foreign keys: a pack replace deletes and
//   re-inserts them, and must not take users' roles with it. The API checks them when granting.
// - Sessions and tokens are stored as SHA-256 hashes of the secret, so a copy of the database does
//   not let anyone act as a user.
// - audit_log is rebuilt (SQLite cannot relax NOT NULL in place) so that an entry can concern no
//   programme (an account that holds no role), and gains the acting user's id, the entity changed
//   and before/after JSON. Triggers make it append-only for every client of the file, not only the
//   API; on PostgreSQL a PL/pgSQL trigger does the same (and refuses TRUNCATE too).
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'integer', t.generatedId)
    // Stored lower-case, so the unique constraint is case-insensitive.
    .addColumn('email', t.text, (c) => c.notNull().unique())
    .addColumn('name', t.text, (c) => c.notNull())
    .addColumn('password_hash', t.text, (c) => c.notNull())
    .addColumn('disabled_at', t.text)
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.text, (c) => c.notNull())
    .addCheckConstraint('app_user_email_check', sql`email = lower(email) and length(email) > 0`)
    .execute();

  await db.schema
    .createTable('role_grant')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('role', t.text, (c) => c.notNull())
    .addColumn('partner_id', t.text)
    // JSON array of strand ids (sponsors only; '[]' otherwise).
    .addColumn('strand_ids', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addUniqueConstraint('role_grant_unique', ['user_id', 'programme_id', 'role'])
    .addForeignKeyConstraint('role_grant_user_fk', ['user_id'], 'app_user', ['id'])
    .addForeignKeyConstraint('role_grant_programme_fk', ['programme_id'], 'programme', ['id'])
    .addCheckConstraint(
      'role_grant_role_check',
      sql`role in ('board', 'finance', 'sponsor', 'data-officer', 'admin')`,
    )
    // A data officer returns figures for exactly one partner; no other role has a partner.
    .addCheckConstraint(
      'role_grant_partner_check',
      sql`(role = 'data-officer') = (partner_id is not null)`,
    )
    .addCheckConstraint('role_grant_strands_check', sql`role = 'sponsor' or strand_ids = '[]'`)
    .execute();

  await db.schema
    .createTable('session')
    // SHA-256 (hex) of the cookie's secret.
    .addColumn('id', t.text, (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('csrf_token', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('last_seen_at', t.text, (c) => c.notNull())
    // Absolute end, however active the session is.
    .addColumn('expires_at', t.text, (c) => c.notNull())
    .addColumn('ip', t.text)
    .addColumn('user_agent', t.text)
    .addForeignKeyConstraint('session_user_fk', ['user_id'], 'app_user', ['id'])
    .execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('name', t.text, (c) => c.notNull())
    // SHA-256 (hex) of the token.
    .addColumn('token_hash', t.text, (c) => c.notNull().unique())
    .addColumn('prefix', t.text, (c) => c.notNull())
    .addColumn('created_at', t.text, (c) => c.notNull())
    .addColumn('expires_at', t.text)
    .addColumn('last_used_at', t.text)
    .addColumn('revoked_at', t.text)
    .addForeignKeyConstraint('api_token_user_fk', ['user_id'], 'app_user', ['id'])
    .execute();

  await db.schema
    .createTable('audit_log_new')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text)
    .addColumn('at', t.text, (c) => c.notNull())
    // Who, as a person reads it: the user's email, or 'system' / 'cli' for operators' tools.
    .addColumn('actor', t.text, (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('action', t.text, (c) => c.notNull())
    // What was changed: a table-like noun ('user', 'commentary', ...) and its id.
    .addColumn('entity', t.text)
    .addColumn('entity_id', t.text)
    // JSON text: the entity before and after the change (null when created / deleted).
    .addColumn('before', t.text)
    .addColumn('after', t.text)
    .addColumn('detail', t.text, (c) => c.notNull())
    .addForeignKeyConstraint('audit_log_programme_fk', ['programme_id'], 'programme', ['id'])
    .addForeignKeyConstraint('audit_log_actor_fk', ['actor_user_id'], 'app_user', ['id'])
    .execute();
  await sql`insert into audit_log_new (id, programme_id, at, actor, action, detail)
            select id, programme_id, at, actor, action, detail from audit_log`.execute(db);
  await db.schema.dropTable('audit_log').execute();
  await db.schema.alterTable('audit_log_new').renameTo('audit_log').execute();

  const indexes: [name: string, table: string, columns: string[]][] = [
    ['role_grant_programme_idx', 'role_grant', ['programme_id', 'role']],
    ['session_user_idx', 'session', ['user_id']],
    ['api_token_user_idx', 'api_token', ['user_id']],
    ['audit_log_programme_at_idx', 'audit_log', ['programme_id', 'at']],
    ['audit_log_actor_idx', 'audit_log', ['actor_user_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }

  if (t.isPostgres) {
    // The copy kept the old ids; the identity column must carry on after the highest of them.
    await sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false)
              from audit_log`.execute(db);
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
              begin raise exception 'audit_log is append-only'; end $$`.execute(db);
    for (const event of ['update', 'delete'] as const) {
      await sql`create trigger ${sql.raw(`audit_log_no_${event}`)} before ${sql.raw(event)}
                on audit_log for each row execute function audit_log_append_only()`.execute(db);
    }
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
              for each statement execute function audit_log_append_only()`.execute(db);
    return;
  }
  await sql`create trigger audit_log_no_update before update on audit_log
            begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  await sql`create trigger audit_log_no_delete before delete on audit_log
            begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  if (t.isPostgres) {
    for (const name of ['audit_log_no_truncate', 'audit_log_no_delete', 'audit_log_no_update']) {
      await sql`drop trigger ${sql.raw(name)} on audit_log`.execute(db);
    }
    await sql`drop function audit_log_append_only()`.execute(db);
  } else {
    await sql`drop trigger audit_log_no_delete`.execute(db);
    await sql`drop trigger audit_log_no_update`.execute(db);
  }
  // Entries that name no programme cannot go back into the first schema's audit_log.
  await db.schema
    .createTable('audit_log_old')
    .addColumn('id', 'integer', t.generatedId)
    .addColumn('programme_id', t.text, (c) => c.notNull())
    .addColumn('at', t.text, (c) => c.notNull())
    .addColumn('actor', t.text, (c) => c.notNull())
    .addColumn('action', t.text, (c) => c.notNull())
    .addColumn('detail', t.text, (c) => c.notNull())
    .addForeignKeyConstraint('audit_log_programme_fk', ['programme_id'], 'programme', ['id'])
    .execute();
  await sql`insert into audit_log_old (id, programme_id, at, actor, action, detail)
            select id, programme_id, at, actor, action, detail from audit_log
            where programme_id is not null`.execute(db);
  await db.schema.dropTable('audit_log').execute();
  await db.schema.alterTable('audit_log_old').renameTo('audit_log').execute();
  if (t.isPostgres) {
    await sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 0) + 1, false)
              from audit_log`.execute(db);
  }
  await db.schema
    .createIndex('audit_log_programme_at_idx')
    .on('audit_log')
    .columns(['programme_id', 'at'])
    .execute();
  for (const table of ['api_token', 'session', 'role_grant', 'app_user']) {
    await db.schema.dropTable(table).execute();
  }
}

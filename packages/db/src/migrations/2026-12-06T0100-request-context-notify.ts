/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// PostgreSQL only: a notification whenever a row that a request context is read from changes, so
// that API servers may keep request contexts in memory between requests (issue 19). Frozen: never
// edit once released; add a new migration instead.
//
// - Every statement that changes a credential (session, api_token), an account (app_user,
//   installation_admin, role_grant) or a programme row (which the data-version triggers update in
//   the same transaction as every input) sends a notification on the store's channel. PostgreSQL
//   delivers it when the transaction commits, to every connection listening, and folds repeats
//   within one transaction into one; so every writer (an API server, the CLI loader, a SQL shell)
//   tells every server without having to remember.
// - The channel is per schema ("outcomes_ctx_" and the first 12 hex digits of the MD5 of the
//   schema's name): installations, or test files, that share one database in schemas of their own
//   do not wake each other. accounts/request-context-changes.ts listens on it.
// - SQLite has no notifications and needs none: a SQLite server reads the context from the file on
//   every request (the store is one file on one machine, and that read costs microseconds).
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

const TABLES = [
  'session',
  'api_token',
  'app_user',
  'installation_admin',
  'role_grant',
  'programme',
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (!portableTypes(db).isPostgres) return;
  await sql`
    create function outcomes_notify_request_context() returns trigger language plpgsql as $$
    begin
      perform pg_notify('outcomes_ctx_' || left(md5(tg_table_schema), 12), '');
      return null;
    end
    $$
  `.execute(db);
  for (const table of TABLES) {
    await sql
      .raw(
        `create trigger ${table}_request_context_notify after insert or update or delete or truncate ` +
          `on ${table} for each statement execute function outcomes_notify_request_context()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!portableTypes(db).isPostgres) return;
  for (const table of TABLES) {
    await sql.raw(`drop trigger ${table}_request_context_notify on ${table}`).execute(db);
  }
  await sql`drop function outcomes_notify_request_context()`.execute(db);
}

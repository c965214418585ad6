/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// PostgreSQL only: refreshing a credential's idle clock no longer notifies the API servers (issue
// 19). Frozen: never edit once released; add a new migration instead.
//
// - Every signed-in user's request writes session.last_seen_at about once a minute (an API
//   token's last_used_at likewise). Each such write notified every server, and every server drops
//   every kept request context at a notification: with 500 people in a board meeting that is eight
//   notifications a second, and kept contexts would hardly ever be used.
// - Now the session and api_token triggers notify on an insert, a delete, a truncate, or an
//   update that changes anything but the idle clock (a row trigger comparing the rows without
//   it). A revoked token, an expiry moved, a new CSRF token: all still notify at once.
// - What a server keeps may then hold an idle clock older than the store's, never newer (the
//   clock only moves forward); the API reads a session afresh before ending it for idleness
//   (apps/api/src/services/accounts/request-context-cache.ts says how).
// - SQLite has no notifications: nothing changes there.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

/** Each credential table and its idle clock. */
const CLOCKS = [
  { table: 'session', clock: 'last_seen_at' },
  { table: 'api_token', clock: 'last_used_at' },
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (!portableTypes(db).isPostgres) return;
  for (const { table, clock } of CLOCKS) {
    await sql.raw(`drop trigger ${table}_request_context_notify on ${table}`).execute(db);
    await sql
      .raw(
        `create trigger ${table}_request_context_notify after insert or delete or truncate ` +
          `on ${table} for each statement execute function outcomes_notify_request_context()`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_request_context_notify_update after update on ${table} ` +
          `for each row when ((to_jsonb(old) - '${clock}') is distinct from (to_jsonb(new) - '${clock}')) ` +
          `execute function outcomes_notify_request_context()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!portableTypes(db).isPostgres) return;
  for (const { table } of CLOCKS) {
    await sql.raw(`drop trigger ${table}_request_context_notify_update on ${table}`).execute(db);
    await sql.raw(`drop trigger ${table}_request_context_notify on ${table}`).execute(db);
    await sql
      .raw(
        `create trigger ${table}_request_context_notify after insert or update or delete or truncate ` +
          `on ${table} for each statement execute function outcomes_notify_request_context()`,
      )
      .execute(db);
  }
}

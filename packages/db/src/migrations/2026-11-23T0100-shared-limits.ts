/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Sign-in throttling and write rate limits kept in the store, so that every API process behind a
// load balancer counts against one total instead of each allowing the whole limit. Frozen: never
// edit once released; add a new migration instead.
//
// - Times are milliseconds since 1970 (64-bit integers), not ISO text like the rest of the store:
//   the limits do arithmetic on them in SQL (window ends, expiry), on both engines alike.
// - sign_in_failure holds one row per failed attempt and per key (the account typed, the client
//   address), for a sliding window. It has no primary key: two failures of one key in the same
//   millisecond are two failures.
// - rate_limit_window holds one row per key: the writes counted in its current window and when
//   that window ends. One upsert both starts a new window and counts into a running one, so
//   concurrent writers never lose a count.
// - Both are indexed by time, because expired rows are deleted as new ones are written: the tables
//   hold the last window's worth of rows, whatever an attacker sends.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('sign_in_failure')
    // 'account:' and the SHA-256 of the email typed, or 'address:' and the client address.
    .addColumn('key', t.text, (c) => c.notNull())
    .addColumn('failed_at', t.int64, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failure_key_idx')
    .on('sign_in_failure')
    .columns(['key', 'failed_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_failure_at_idx')
    .on('sign_in_failure')
    .column('failed_at')
    .execute();

  await db.schema
    .createTable('rate_limit_window')
    // 'user:' and a user id, or 'ip:' and the client address before sign-in.
    .addColumn('key', t.text, (c) => c.primaryKey())
    .addColumn('hits', t.int64, (c) => c.notNull())
    .addColumn('window_ends_at', t.int64, (c) => c.notNull())
    .addCheckConstraint('rate_limit_window_hits_check', sql`hits > 0`)
    .execute();
  await db.schema
    .createIndex('rate_limit_window_ends_idx')
    .on('rate_limit_window')
    .column('window_ends_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_window').execute();
  await db.schema.dropTable('sign_in_failure').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Single sign-on with OpenID Connect: what a sign-in started at the identity provider needs when
// the browser comes back (its state, nonce and PKCE verifier), kept in the store rather than in
// process memory so the callback may land on any API process behind a load balancer. Frozen:
// never edit once released; add a new migration instead.
//
// - One row per sign-in started, keyed by its state (a random value the provider echoes back).
// - browser_hash is the SHA-256 of a random value in a short-lived cookie set on the browser that
//   started: a callback carrying this state from another browser is refused.
// - Times are milliseconds since 1970, as in the shared limits. used_at marks a state spent, so a
//   replay is refused by name rather than looking like an unknown state; rows are deleted a day
//   after they expire, as new sign-ins start.
import type { Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .createTable('oidc_sign_in')
    .addColumn('state', t.text, (c) => c.primaryKey())
    .addColumn('browser_hash', t.text, (c) => c.notNull())
    .addColumn('nonce', t.text, (c) => c.notNull())
    .addColumn('code_verifier', t.text, (c) => c.notNull())
    // The page to show after signing in: a path on this site.
    .addColumn('return_to', t.text, (c) => c.notNull())
    .addColumn('created_at', t.int64, (c) => c.notNull())
    .addColumn('expires_at', t.int64, (c) => c.notNull())
    .addColumn('used_at', t.int64)
    .execute();
  await db.schema
    .createIndex('oidc_sign_in_expires_idx')
    .on('oidc_sign_in')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oidc_sign_in').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Lag, persistence and drop-off of a metric's value (issue 18; the GMCA CBA model's profile).
// Frozen: never edit once released. Every column has a default that is today's behaviour, so
// existing metrics keep their figures:
// - metric.benefit_lag_years: whole years before an outcome's value starts; 0.
// - metric.persistence_years: years the value lasts, the first included; 1 (the year achieved).
// - metric.drop_off_rate: share of the value lost each further year, in [0, 1]; 0.
// - metric.persistence_source: where the profile comes from; null with no profile.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .alterTable('metric')
    .addColumn('benefit_lag_years', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`benefit_lag_years >= 0`),
    )
    .execute();
  await db.schema
    .alterTable('metric')
    .addColumn('persistence_years', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`persistence_years >= 1`),
    )
    .execute();
  await db.schema
    .alterTable('metric')
    .addColumn('drop_off_rate', t.float, (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`drop_off_rate >= 0 and drop_off_rate <= 1`),
    )
    .execute();
  await db.schema.alterTable('metric').addColumn('persistence_source', t.text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'persistence_source',
    'drop_off_rate',
    'persistence_years',
    'benefit_lag_years',
  ]) {
    await db.schema.alterTable('metric').dropColumn(name).execute();
  }
}

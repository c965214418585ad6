/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Comparing places and the public page (issue 20). Frozen: never edit once released; add a new
// migration.
//
// - programme.population: residents of the place, for rates per 10,000 (null: not given).
// - programme.comparison_opt_in: 1 when the programme appears when places are compared; existing
//   programmes are 0, since nobody agreed to be compared.
// - programme.public_page: 1 when its headline figures are published without signing in;
//   existing programmes are 0, so nothing becomes public by this migration.
// - metric.indicator_code: a code shared across programmes (a national indicator id), indexed
//   since the comparison looks metrics up by it.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('programme')
    .addColumn('population', 'integer', (c) => c.check(sql`population is null or population >= 1`))
    .execute();
  await db.schema
    .alterTable('programme')
    .addColumn('comparison_opt_in', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`comparison_opt_in in (0, 1)`),
    )
    .execute();
  await db.schema
    .alterTable('programme')
    .addColumn('public_page', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`public_page in (0, 1)`),
    )
    .execute();
  await db.schema.alterTable('metric').addColumn('indicator_code', 'text').execute();
  await db.schema
    .createIndex('metric_indicator_code_idx')
    .on('metric')
    .column('indicator_code')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('metric_indicator_code_idx').execute();
  await db.schema.alterTable('metric').dropColumn('indicator_code').execute();
  await db.schema.alterTable('programme').dropColumn('public_page').execute();
  await db.schema.alterTable('programme').dropColumn('comparison_opt_in').execute();
  await db.schema.alterTable('programme').dropColumn('population').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// SPC settings a pack can give (issue #14). Frozen: never edit once released; add a new migration.
//
// - programme.spc_shift_run_length: points in a row that make a shift or a trend, 6 or 7 (the
//   Making Data Count tools offer both); existing programmes keep 7, the rule they were judged by.
// - metric.cumulative: 1 for a running total (families with results achieved to date), charted as
//   per-period increments; existing metrics are 0, as they were read before.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('programme')
    .addColumn('spc_shift_run_length', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(7)
        .check(sql`spc_shift_run_length in (6, 7)`),
    )
    .execute();
  await db.schema
    .alterTable('metric')
    .addColumn('cumulative', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`cumulative in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('metric').dropColumn('cumulative').execute();
  await db.schema.alterTable('programme').dropColumn('spc_shift_run_length').execute();
}

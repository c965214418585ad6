/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Appraisal depth (issue 18), every column optional so existing programmes keep their figures.
// Frozen: never edit once released.
// - unit_cost.economic_pence, social_pence: the GMCA value stack's economic and social parts of
//   one unit, in the unit cost's price year; null means none.
// - metric.leakage, displacement, substitution, deadweight: additionality shares in [0, 1],
//   0 for existing metrics (no adjustment); additionality_source and _grade say where from.
// - cost.price_year: the prices a cost line is in (null: the programme's price base, as before);
//   optimism_bias_category and optimism_bias: the Green Book uplift on its forecast (null: none).
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

const SHARES = ['leakage', 'displacement', 'substitution', 'deadweight'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema.alterTable('unit_cost').addColumn('economic_pence', t.int64).execute();
  await db.schema.alterTable('unit_cost').addColumn('social_pence', t.int64).execute();
  for (const name of SHARES) {
    await db.schema
      .alterTable('metric')
      .addColumn(name, t.float, (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`${sql.ref(name)} >= 0 and ${sql.ref(name)} <= 1`),
      )
      .execute();
  }
  await db.schema.alterTable('metric').addColumn('additionality_source', t.text).execute();
  await db.schema.alterTable('metric').addColumn('additionality_grade', t.text).execute();
  await db.schema.alterTable('cost').addColumn('price_year', t.text).execute();
  await db.schema.alterTable('cost').addColumn('optimism_bias_category', t.text).execute();
  await db.schema.alterTable('cost').addColumn('optimism_bias', t.float).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['optimism_bias', 'optimism_bias_category', 'price_year']) {
    await db.schema.alterTable('cost').dropColumn(name).execute();
  }
  for (const name of ['additionality_grade', 'additionality_source', ...SHARES].reverse()) {
    await db.schema.alterTable('metric').dropColumn(name).execute();
  }
  await db.schema.alterTable('unit_cost').dropColumn('social_pence').execute();
  await db.schema.alterTable('unit_cost').dropColumn('economic_pence').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Two optional pack attributes (issue 14). Frozen: never edit once released.
// - partner.budget: whose budget a partner's savings fall on, `local` (the partnership controls
//   it) or `national` (DWP, criminal justice). Only local cashable savings go in the
//   reinvestment pot. Existing partners become `local`, the pack's default.
// - baseline.growth_from: the date the counterfactual's growth is counted from; null means the
//   programme's first day (the rule before this column existed), so existing figures stand.
import { sql, type Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema
    .alterTable('partner')
    .addColumn('budget', t.text, (c) =>
      c
        .notNull()
        .defaultTo('local')
        .check(sql`budget in ('local', 'national')`),
    )
    .execute();
  await db.schema.alterTable('baseline').addColumn('growth_from', t.text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('baseline').dropColumn('growth_from').execute();
  await db.schema.alterTable('partner').dropColumn('budget').execute();
}

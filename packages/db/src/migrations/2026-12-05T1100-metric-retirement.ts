/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// Retiring a metric (issue 17): a metric with returned figures is never deleted, only retired.
// Frozen: never edit once released.
// - metric.retired_from: the first day from which no figures are due (an ISO date, the start of
//   one of its periods); null for existing metrics, which stay in use with their figures.
import type { Kysely } from 'kysely';
import { portableTypes } from './portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const t = portableTypes(db);
  await db.schema.alterTable('metric').addColumn('retired_from', t.text).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('metric').dropColumn('retired_from').execute();
}

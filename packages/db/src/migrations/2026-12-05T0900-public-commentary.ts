/* eslint-disable @typescript-eslint/no-explicit-any -- migrations are frozen: they must not depend on the app's current Database type */
// A sponsor may mark a commentary revision public (issue 20: the public page shows "no commentary
// unless marked public"). Frozen: never edit once released; add a new migration.
//
// - commentary.public: 1 when this revision may be shown on the programme's public page. Each
//   revision carries its own mark, so a story can be withdrawn from the page by a new revision
//   without rewriting the old one. Existing revisions are 0: nothing written before the mark
//   existed becomes public by this migration.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('commentary')
    .addColumn('public', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`public in (0, 1)`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('commentary').dropColumn('public').execute();
}

// A replace that keeps returned figures (SavePackOptions.keepReturnedFigures). Returned figures
// (actual_revision) reference their metric, and metrics their strand, outcome, owner and unit
// cost, so those five tables cannot be emptied and refilled: their rows are updated in place
// (insert, or update on the same key), and only the rows the new pack no longer holds are
// deleted, once nothing refers to them. The returned-figure rule (returned-figures-rule.ts) has
// already refused the removal of a metric with returns.
import type { Transaction } from 'kysely';
import type { Database } from '../schema/database.js';

/** The tables updated in place, children before parents (the order stale rows are deleted). */
export const KEPT_FRAMEWORK_TABLES = [
  'metric',
  'unit_cost',
  'strand',
  'outcome',
  'partner',
] as const;

export type KeptFrameworkTable = (typeof KEPT_FRAMEWORK_TABLES)[number];

/** The tables a replace keeping returned figures must not empty. */
export const KEPT_TABLES: readonly string[] = [
  'actual_revision',
  'submission',
  ...KEPT_FRAMEWORK_TABLES,
];

const DELETE_BATCH = 500;

// Bound parameters per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 8000;

/**
 * Inserts rows keyed (programme_id, id), updating every other column of a row already there, in
 * batches within the engines' parameter limits; returns the number of rows written.
 */
export async function upsertFrameworkRows(
  trx: Transaction<Database>,
  table: KeptFrameworkTable,
  rows: readonly Record<string, unknown>[],
  onProgress?: (done: number) => void,
): Promise<number> {
  const first = rows[0];
  if (first === undefined) {
    onProgress?.(0);
    return 0;
  }
  const columns = Object.keys(first).filter((c) => c !== 'programme_id' && c !== 'id');
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let done = 0; done < rows.length;) {
    const batch = rows.slice(done, done + size);
    // Kysely cannot type a table chosen at run time; the rows come from the same mapping as a load.
    await trx
      .insertInto(table)
      .values(batch as never)
      .onConflict((oc) =>
        oc
          .columns(['programme_id', 'id'])
          .doUpdateSet(
            (eb) =>
              Object.fromEntries(
                columns.map((c) => [c, eb.ref(`excluded.${c}` as never)]),
              ) as never,
          ),
      )
      .execute();
    done += batch.length;
    onProgress?.(done);
  }
  return rows.length;
}

/** Deletes the rows of the five tables whose ids the new pack no longer holds. */
export async function deleteStaleFrameworkRows(
  trx: Transaction<Database>,
  programmeId: string,
  keep: { [T in KeptFrameworkTable]: ReadonlySet<string> },
): Promise<void> {
  for (const table of KEPT_FRAMEWORK_TABLES) {
    const existing = await trx
      .selectFrom(table)
      .select('id')
      .where('programme_id', '=', programmeId)
      .execute();
    const stale = existing.map((r) => r.id).filter((id) => !keep[table].has(id));
    for (let i = 0; i < stale.length; i += DELETE_BATCH) {
      await trx
        .deleteFrom(table)
        .where('programme_id', '=', programmeId)
        .where('id', 'in', stale.slice(i, i + DELETE_BATCH))
        .execute();
    }
  }
}

import { sql, type Kysely } from 'kysely';
import { engineOf } from '../create-db.js';
import type { Database } from '../schema/database.js';

/**
 * Data-version steps a reader may bring a kept programme through by re-reading only the returned
 * figures (refresh-programme.ts); past this a full read is cheaper than listing what changed, and
 * the list of submission ids stays well inside either engine's limit on bound parameters. It is
 * also how far back programme_change is kept: a row older than this is never read again.
 */
export const MAX_LOGGED_STEPS = 256;

/**
 * The first statement of every transaction that numbers revisions of a programme's figures,
 * commentary or rebases, or changes who holds roles in it: it raises the programme's data
 * version, which is a write to the programme's row.
 *
 * - PostgreSQL: the row stays locked until the transaction ends, so concurrent writers to one
 *   programme (in this process or another API process) queue here, in the order they arrived.
 *   Each then reads the revisions the one before it committed (READ COMMITTED takes a new snapshot
 *   per statement), and numbers its own after them: two uploads of the same metric and period
 *   become revisions n + 1 and n + 2, never a clash.
 * - SQLite: the write takes the database's write lock at once, instead of at the first insert
 *   after the reads, so another process cannot commit in between and leave this transaction's
 *   reads stale (SQLITE_BUSY_SNAPSHOT).
 *
 * The step is logged in programme_change as one that changes nothing by itself, so a server
 * holding the programme's evaluation does not re-read the whole programme for it; what the
 * transaction writes next raises the version again, and logs only if it is a submission. Log rows
 * MAX_LOGGED_STEPS or more steps old are pruned here, so the log stays a few hundred rows a
 * programme. Returns false when there is no such programme.
 */
export async function claimProgrammeForWrite(
  trx: Kysely<Database>,
  programmeId: string,
): Promise<boolean> {
  if (engineOf(trx) === 'postgres') return claimInOneStatement(trx, programmeId);
  const claimed = await trx
    .updateTable('programme')
    .set((eb) => ({ data_version: eb('data_version', '+', 1) }))
    .where('id', '=', programmeId)
    .returning('data_version')
    .executeTakeFirst();
  if (claimed === undefined) return false;
  const version = Number(claimed.data_version);
  await trx
    .deleteFrom('programme_change')
    .where('programme_id', '=', programmeId)
    .where('data_version', '<=', version - MAX_LOGGED_STEPS)
    .execute();
  await trx
    .insertInto('programme_change')
    .values({ programme_id: programmeId, data_version: version, submission_id: null })
    .execute();
  return true;
}

/**
 * PostgreSQL: the claim, the prune and the log in one statement. Every upload queues on the
 * programme's row and holds it until it commits, so each round trip inside the lock is paid by
 * every writer waiting behind it; this saves two. (SQLite has no data-modifying CTEs, and its
 * statements cost no round trip.) The prune cannot see the row the insert adds: all parts of one
 * statement read the same snapshot, and the new row is newer than anything pruned anyway.
 */
async function claimInOneStatement(trx: Kysely<Database>, programmeId: string): Promise<boolean> {
  const { rows } = await sql<{ data_version: string }>`
    with claimed as (
      update programme set data_version = data_version + 1
       where id = ${programmeId}
      returning id, data_version
    ), pruned as (
      delete from programme_change
       where programme_id = ${programmeId}
         and data_version <= (select data_version from claimed) - ${MAX_LOGGED_STEPS}
    )
    insert into programme_change (programme_id, data_version, submission_id)
    select id, data_version, null from claimed
    returning data_version`.execute(trx);
  return rows.length > 0;
}

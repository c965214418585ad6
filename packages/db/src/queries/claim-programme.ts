import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/**
 * The first statement of every transaction that numbers revisions of a programme's figures,
 * commentary or rebases, or changes who holds roles in it: it raises the programme's data version, which is a write to the
 * programme's row.
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
 * The step is logged in programme_change as one that changes nothing by itself. Returns false
 * when there is no such programme.
 */
export async function claimProgrammeForWrite(
  trx: Kysely<Database>,
  programmeId: string,
): Promise<boolean> {
  const claimed = await trx
    .updateTable('programme')
    .set((eb) => ({ data_version: eb('data_version', '+', 1) }))
    .where('id', '=', programmeId)
    .returning('data_version')
    .executeTakeFirst();
  if (claimed === undefined) return false;
  // The step changes nothing by itself: logged, so a server holding the programme's evaluation
  // does not re-read the whole programme for it (refresh-programme.ts). What the transaction
  // writes next raises the version again, and logs only if it is a submission.
  await trx
    .insertInto('programme_change')
    .values({ programme_id: programmeId, data_version: claimed.data_version, submission_id: null })
    .execute();
  return true;
}

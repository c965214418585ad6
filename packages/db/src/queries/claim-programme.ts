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
 * Returns false when there is no such programme.
 */
export async function claimProgrammeForWrite(
  trx: Kysely<Database>,
  programmeId: string,
): Promise<boolean> {
  const result = await trx
    .updateTable('programme')
    .set((eb) => ({ data_version: eb('data_version', '+', 1) }))
    .where('id', '=', programmeId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

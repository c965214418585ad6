import type { Kysely } from 'kysely';
import { ProgrammeExistsError } from '../pack/pack-error.js';
import type { Database } from '../schema/database.js';

/**
 * Thrown by a pack replace when partners have returned figures since the programme was loaded:
 * the replace would delete them, and nothing a user submitted may be lost. A kind of
 * ProgrammeExistsError, so callers that refuse an existing programme refuse this too.
 */
export class ProgrammeHasReturnsError extends ProgrammeExistsError {
  readonly submissions: number;

  constructor(programmeId: string, submissions: number) {
    super(programmeId);
    this.name = 'ProgrammeHasReturnsError';
    this.message =
      `Programme "${programmeId}" holds ${submissions} submission${submissions === 1 ? '' : 's'} ` +
      'of figures returned since it was loaded; replacing it from a pack would delete them, so ' +
      'nothing was changed.';
    this.submissions = submissions;
  }
}

/** Submissions users made (uploads and forms), as opposed to the pack's own. */
export async function countUserSubmissions(
  db: Kysely<Database>,
  programmeId: string,
): Promise<number> {
  const row = await db
    .selectFrom('submission')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('programme_id', '=', programmeId)
    .where('source', '<>', 'pack')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/**
 * A stamp that changes whenever anything the programme's figures depend on changes, written by
 * any process (the data version that triggers bump, with the last load time so a programme
 * removed and loaded again cannot repeat an old stamp); undefined when there is no such programme.
 * One primary-key lookup: cheap enough to check before every cached read.
 */
export async function getDataStamp(
  db: Kysely<Database>,
  programmeId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('programme')
    .select(['data_version', 'loaded_at'])
    .where('id', '=', programmeId)
    .executeTakeFirst();
  return row === undefined ? undefined : formatDataStamp(row.loaded_at, row.data_version);
}

/** The stamp of a programme row: one format wherever it is read (see loadRequestContext). */
export function formatDataStamp(loadedAt: string, dataVersion: number | string): string {
  return `${loadedAt}#${dataVersion}`;
}

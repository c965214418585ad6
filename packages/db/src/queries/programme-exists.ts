import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export async function programmeExists(db: Kysely<Database>, programmeId: string): Promise<boolean> {
  const row = await db
    .selectFrom('programme')
    .select('id')
    .where('id', '=', programmeId)
    .executeTakeFirst();
  return row !== undefined;
}

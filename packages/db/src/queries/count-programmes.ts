import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

export async function countProgrammes(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('programme')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { toProgrammeSummary, type ProgrammeSummary } from './to-domain.js';

/** Every programme in the store, by name. */
export async function listProgrammes(db: Kysely<Database>): Promise<ProgrammeSummary[]> {
  const rows = await db.selectFrom('programme').selectAll().orderBy('name').orderBy('id').execute();
  return rows.map(toProgrammeSummary);
}

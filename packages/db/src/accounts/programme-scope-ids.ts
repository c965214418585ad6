import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';

/** The partners and strands of a programme, in pack order: what a role grant may be scoped to. */
export async function listProgrammeScopeIds(
  db: Kysely<Database>,
  programmeId: string,
): Promise<{ partnerIds: string[]; strandIds: string[] }> {
  const partners = await db
    .selectFrom('partner')
    .select('id')
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
  const strands = await db
    .selectFrom('strand')
    .select('id')
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
  return { partnerIds: partners.map((p) => p.id), strandIds: strands.map((s) => s.id) };
}

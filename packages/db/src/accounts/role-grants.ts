// Role grants: which role a user holds in which programme, and its scope.
import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import type { RoleGrantRow } from '../schema/role-grant.js';

/** A role grant as the application uses it (strand ids parsed). */
export interface StoredRoleGrant {
  userId: number;
  programmeId: string;
  role: string;
  partnerId: string | null;
  strandIds: string[];
}

function toStoredRoleGrant(row: RoleGrantRow): StoredRoleGrant {
  const parsed: unknown = JSON.parse(row.strand_ids);
  return {
    userId: row.user_id,
    programmeId: row.programme_id,
    role: row.role,
    partnerId: row.partner_id,
    strandIds: Array.isArray(parsed) ? parsed.map(String) : [],
  };
}

/** Every role of one user, in every programme, in a stable order. */
export async function listUserRoleGrants(
  db: Kysely<Database>,
  userId: number,
): Promise<StoredRoleGrant[]> {
  const rows = await db
    .selectFrom('role_grant')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('programme_id')
    .orderBy('id')
    .execute();
  return rows.map(toStoredRoleGrant);
}

/** Every role held in one programme, by anyone. */
export async function listProgrammeRoleGrants(
  db: Kysely<Database>,
  programmeId: string,
): Promise<StoredRoleGrant[]> {
  const rows = await db
    .selectFrom('role_grant')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('user_id')
    .orderBy('id')
    .execute();
  return rows.map(toStoredRoleGrant);
}

/** Replaces a user's roles in one programme with `grants` (call inside a transaction). */
export async function replaceRoleGrants(
  db: Kysely<Database>,
  userId: number,
  programmeId: string,
  grants: readonly Omit<StoredRoleGrant, 'userId' | 'programmeId'>[],
  at: string,
): Promise<void> {
  await db
    .deleteFrom('role_grant')
    .where('user_id', '=', userId)
    .where('programme_id', '=', programmeId)
    .execute();
  if (grants.length === 0) return;
  await db
    .insertInto('role_grant')
    .values(
      grants.map((g) => ({
        user_id: userId,
        programme_id: programmeId,
        role: g.role,
        partner_id: g.partnerId,
        strand_ids: JSON.stringify(g.strandIds),
        created_at: at,
      })),
    )
    .execute();
}

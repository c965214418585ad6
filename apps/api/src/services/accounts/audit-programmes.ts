import { listUserRoleGrants, type Db } from '@outcomes/db';

/**
 * The programmes an account change is recorded under: every programme the user holds a role in,
 * so each programme's auditors see changes to the people who can act in it; [null] when none.
 */
export async function auditProgrammesOf(db: Db, userId: number): Promise<(string | null)[]> {
  const ids = [...new Set((await listUserRoleGrants(db, userId)).map((g) => g.programmeId))];
  return ids.length > 0 ? ids : [null];
}

import { ROLES, type Role, type RoleGrant } from '@outcomes/contract';
import {
  findUserById,
  isInstallationAdmin,
  listUserRoleGrants,
  type Db,
  type StoredRoleGrant,
} from '@outcomes/db';
import type { AuthenticatedUser } from '../../lib/authenticated-user.js';

/** The user with their roles, or null when there is no such user or the account is disabled. */
export async function loadAuthenticatedUser(
  db: Db,
  userId: number,
): Promise<AuthenticatedUser | null> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled_at !== null) return null;
  return toAuthenticatedUser(
    { ...user, installationAdmin: await isInstallationAdmin(db, userId) },
    await listUserRoleGrants(db, userId),
  );
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);

/**
 * A stored user and their grants as a request's user (the caller has checked the account is
 * enabled). Shared by loadAuthenticatedUser and the one-query request context.
 */
export function toAuthenticatedUser(
  user: { id: number; email: string; name: string; installationAdmin: boolean },
  grants: readonly StoredRoleGrant[],
): AuthenticatedUser {
  const roles: RoleGrant[] = [];
  for (const grant of grants) {
    // The store's check constraint allows only known roles; skip anything else rather than trust
    // it. A set lookup: this runs for every grant on every request.
    if (!KNOWN_ROLES.has(grant.role)) continue;
    roles.push({
      programmeId: grant.programmeId,
      role: grant.role as Role,
      partnerId: grant.partnerId,
      strandIds: grant.strandIds,
    });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles,
    installationAdmin: user.installationAdmin,
  };
}

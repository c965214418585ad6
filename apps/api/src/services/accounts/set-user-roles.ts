import {
  claimProgrammeForWrite,
  findUserById,
  listProgrammeRoleGrants,
  listUserRoleGrants,
  recordAudit,
  replaceRoleGrants,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { grantsForAudit, type GrantSpec } from './role-assignments.js';

/**
 * Replaces a user's roles in one programme, recording before and after. Refuses (409) to leave
 * the programme with no active admin, so nobody can lock every admin out.
 */
export async function setUserRoles(
  db: Db,
  change: { userId: number; programmeId: string; grants: readonly GrantSpec[] },
  actor: AuditActor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Role changes in one programme queue here (across API processes too): two at once would
    // collide deleting and re-inserting the same grants, and the last-admin rule below reads every
    // grant of the programme, so two admins removing each other at once could both pass it.
    await claimProgrammeForWrite(trx, change.programmeId);
    const user = await findUserById(trx, change.userId);
    if (!user) throw new ApiError(404, 'not_found', `No user with id "${change.userId}".`);
    const before = (await listUserRoleGrants(trx, change.userId)).filter(
      (g) => g.programmeId === change.programmeId,
    );
    const at = new Date().toISOString();
    await replaceRoleGrants(trx, change.userId, change.programmeId, change.grants, at);

    const admins = (await listProgrammeRoleGrants(trx, change.programmeId)).filter(
      (g) => g.role === 'admin',
    );
    const activeAdmins = [];
    for (const grant of admins) {
      const holder = await findUserById(trx, grant.userId);
      if (holder && holder.disabled_at === null) activeAdmins.push(grant);
    }
    if (activeAdmins.length === 0) {
      throw new ApiError(
        409,
        'conflict',
        `Programme "${change.programmeId}" would be left without an admin: give the role to someone else first.`,
      );
    }
    await recordAudit(trx, {
      programmeId: change.programmeId,
      actor,
      action: 'role-change',
      entity: 'user',
      entityId: change.userId,
      at,
      before: { id: user.id, email: user.email, roles: grantsForAudit(before) },
      after: { id: user.id, email: user.email, roles: grantsForAudit(change.grants) },
    });
  });
}

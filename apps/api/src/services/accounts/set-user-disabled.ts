import {
  deleteUserSessions,
  findUserById,
  recordAudit,
  revokeApiTokens,
  setUserDisabledAt,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { auditProgrammesOf } from './audit-programmes.js';

/**
 * Disables an account (its sessions end and its API tokens are revoked at once) or enables it
 * again (tokens stay revoked: the user makes new ones). Recorded in every programme it holds a
 * role in.
 */
export async function setUserDisabled(
  db: Db,
  userId: number,
  disabled: boolean,
  actor: AuditActor,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new ApiError(404, 'not_found', `No user with id "${userId}".`);
    const wasDisabled = user.disabled_at !== null;
    if (wasDisabled === disabled) return;
    const at = new Date().toISOString();
    await setUserDisabledAt(trx, userId, disabled ? at : null, at);
    if (disabled) {
      await deleteUserSessions(trx, userId);
      await revokeApiTokens(trx, userId, at);
    }
    for (const programmeId of await auditProgrammesOf(trx, userId)) {
      await recordAudit(trx, {
        programmeId,
        actor,
        action: disabled ? 'user-disable' : 'user-enable',
        entity: 'user',
        entityId: userId,
        at,
        before: { id: userId, email: user.email, disabled: wasDisabled },
        after: { id: userId, email: user.email, disabled },
      });
    }
  });
}

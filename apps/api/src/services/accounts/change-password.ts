import {
  deleteUserSessions,
  findUserById,
  recordAudit,
  setUserPasswordHash,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { auditProgrammesOf } from './audit-programmes.js';
import { hashPassword, passwordProblem } from './passwords.js';

/**
 * Sets a new password and ends every session of the user (the caller starts a fresh one for the
 * browser that made the change). The audit entry names the change, never the password or hash.
 */
export async function setPassword(
  db: Db,
  userId: number,
  newPassword: string,
  actor: AuditActor,
): Promise<void> {
  const user = await findUserById(db, userId);
  if (!user) throw new ApiError(404, 'not_found', `No user with id "${userId}".`);
  const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
  if (problem) {
    throw new ApiError(400, 'bad_request', problem, [{ field: 'newPassword', message: problem }]);
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction().execute(async (trx) => {
    const at = new Date().toISOString();
    await setUserPasswordHash(trx, userId, passwordHash, at);
    await deleteUserSessions(trx, userId);
    for (const programmeId of await auditProgrammesOf(trx, userId)) {
      await recordAudit(trx, {
        programmeId,
        actor,
        action: 'password-change',
        entity: 'user',
        entityId: userId,
        at,
        detail: { email: user.email },
      });
    }
  });
}

import {
  findUserByEmail,
  insertUser,
  recordAudit,
  replaceRoleGrants,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';
import { hashPassword, passwordProblem } from './passwords.js';
import { grantsForAudit, type GrantSpec } from './role-assignments.js';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  /** The programme the roles are held in, and the (already checked) grants. */
  programmeId: string;
  grants: readonly GrantSpec[];
}

/**
 * Creates an account with its roles in one programme, and the audit entry, in one transaction.
 * 409 when the email already has an account; 400 when the password is too weak.
 */
export async function createUser(db: Db, user: NewUser, actor: AuditActor): Promise<number> {
  const email = user.email.trim().toLowerCase();
  const problem = passwordProblem(user.password, { email, name: user.name });
  if (problem)
    throw new ApiError(400, 'bad_request', problem, [{ field: 'password', message: problem }]);
  const passwordHash = await hashPassword(user.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email)) {
      throw new ApiError(409, 'conflict', `An account with the email ${email} already exists.`);
    }
    const at = new Date().toISOString();
    const id = await insertUser(trx, {
      email,
      name: user.name.trim(),
      password_hash: passwordHash,
      disabled_at: null,
      created_at: at,
      updated_at: at,
    });
    await replaceRoleGrants(trx, id, user.programmeId, user.grants, at);
    await recordAudit(trx, {
      programmeId: user.programmeId,
      actor,
      action: 'user-create',
      entity: 'user',
      entityId: id,
      at,
      before: null,
      after: {
        id,
        email,
        name: user.name.trim(),
        disabled: false,
        roles: grantsForAudit(user.grants),
      },
    });
    return id;
  });
}

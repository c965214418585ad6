// Giving a programme an admin, as an installation administrator does for a new programme: an
// existing account gains the admin role (keeping its other roles there), or a new account is made
// with it. Both go through the account services every role change uses, so they are audited in
// the programme like any other.
import type { AdminAccessBody, AdminAccessResult } from '@outcomes/contract';
import {
  findUserByEmail,
  listUserRoleGrants,
  programmeExists,
  type AuditActor,
  type Db,
} from '@outcomes/db';
import { ApiError, notFound } from '../../lib/api-error.js';
import { createUser } from '../accounts/create-user.js';
import { setUserRoles } from '../accounts/set-user-roles.js';
import type { GrantSpec } from '../accounts/role-assignments.js';

const ADMIN: GrantSpec = { role: 'admin', partnerId: null, strandIds: [] };

export async function giveAdminAccess(
  db: Db,
  programmeId: string,
  body: AdminAccessBody,
  actor: AuditActor,
): Promise<AdminAccessResult> {
  if (!(await programmeExists(db, programmeId))) throw notFound('programme', programmeId);
  const email = body.email.trim().toLowerCase();
  const existing = await findUserByEmail(db, email);
  if (existing) {
    const held = (await listUserRoleGrants(db, existing.id)).filter(
      (g) => g.programmeId === programmeId,
    );
    if (held.some((g) => g.role === 'admin')) {
      return { userId: existing.id, email, created: false, changed: false };
    }
    const grants: GrantSpec[] = [
      ...held.map((g) => ({
        role: g.role as GrantSpec['role'],
        partnerId: g.partnerId,
        strandIds: g.strandIds,
      })),
      ADMIN,
    ];
    await setUserRoles(db, { userId: existing.id, programmeId, grants }, actor);
    return { userId: existing.id, email, created: false, changed: true };
  }
  if (body.name === undefined || body.password === undefined) {
    const missing = [
      ...(body.name === undefined ? [{ field: 'name', message: 'Enter their full name' }] : []),
      ...(body.password === undefined
        ? [{ field: 'password', message: 'Enter a first password of at least 12 characters' }]
        : []),
    ];
    throw new ApiError(
      400,
      'bad_request',
      `No account has the email ${email}: give their name and a first password to make one.`,
      missing,
    );
  }
  const userId = await createUser(
    db,
    { email, name: body.name, password: body.password, programmeId, grants: [ADMIN] },
    actor,
  );
  return { userId, email, created: true, changed: true };
}

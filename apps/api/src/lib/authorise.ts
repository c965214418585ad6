// Server-side authorisation: every write route calls requireRole before it changes anything.
import type { AuditActor } from '@outcomes/db';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import type { AuthenticatedUser, Role, RoleGrant } from './authenticated-user.js';

export type { AuthenticatedUser, Role, RoleGrant };

/** What a write touches: the strand (for sponsors) and the partner (for data officers). */
export interface RoleScope {
  strandId?: string;
  partnerId?: string;
}

const ROLE_NAMES: Record<Role, string> = {
  board: 'board',
  finance: 'finance',
  sponsor: 'sponsor',
  'data-officer': 'data officer',
  admin: 'admin',
};

export const unauthenticated = (): ApiError =>
  new ApiError(401, 'unauthenticated', 'Sign in to use this service.');

export const forbidden = (message: string): ApiError => new ApiError(403, 'forbidden', message);

/** The acting user; 401 when the request carries no valid session or token. */
export function requireUser(request: FastifyRequest): AuthenticatedUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/**
 * Whether one grant satisfies the scope. Scoped roles fail closed: a sponsor passes only for a
 * strand named in the scope and in their grant, a data officer only for their own partner named
 * in the scope, so a route that forgets to pass a scope refuses them rather than letting them
 * write anywhere. Board, finance and admin hold the whole programme.
 */
function grantCovers(grant: RoleGrant, scope: RoleScope | undefined): boolean {
  switch (grant.role) {
    case 'sponsor':
      return scope?.strandId !== undefined && grant.strandIds.includes(scope.strandId);
    case 'data-officer':
      return scope?.partnerId !== undefined && grant.partnerId === scope.partnerId;
    default:
      return true;
  }
}

/** The grants of `user` in `programmeId` that allow one of `roles` within `scope`. */
export function grantsFor(
  user: AuthenticatedUser,
  programmeId: string,
  roles: readonly Role[],
  scope?: RoleScope,
): RoleGrant[] {
  return user.roles.filter(
    (g) => g.programmeId === programmeId && roles.includes(g.role) && grantCovers(g, scope),
  );
}

export function hasRole(
  user: AuthenticatedUser | null,
  programmeId: string,
  roles: readonly Role[],
  scope?: RoleScope,
): boolean {
  return user !== null && grantsFor(user, programmeId, roles, scope).length > 0;
}

function scopeText(role: Role, scope: RoleScope | undefined): string {
  if (role === 'sponsor' && scope?.strandId !== undefined) return ` for strand "${scope.strandId}"`;
  if (role === 'data-officer' && scope?.partnerId !== undefined) {
    return ` for partner "${scope.partnerId}"`;
  }
  return '';
}

/**
 * The acting user, if they hold one of `roles` in `programmeId` covering `scope`; otherwise 401
 * (not signed in) or 403 `forbidden` naming the role and scope that are missing.
 * Sponsors are limited to their strands, data officers to their partner; board, finance and
 * admin hold the whole programme (so admin passes any scope when 'admin' is among `roles`).
 */
export function requireRole(
  request: FastifyRequest,
  programmeId: string,
  roles: readonly Role[],
  scope?: RoleScope,
): AuthenticatedUser {
  const user = requireUser(request);
  if (grantsFor(user, programmeId, roles, scope).length > 0) return user;

  const held = user.roles.filter((g) => g.programmeId === programmeId);
  if (held.length === 0) {
    throw forbidden(`You have no role in programme "${programmeId}".`);
  }
  const needed = roles.map((r) => `${ROLE_NAMES[r]}${scopeText(r, scope)}`);
  const neededText =
    needed.length <= 1
      ? (needed[0] ?? 'none')
      : `${needed.slice(0, -1).join(', ')} or ${needed.at(-1)}`;
  const heldText = held
    .map((g) => {
      if (g.role === 'sponsor') return `sponsor of ${g.strandIds.join(', ') || 'no strand'}`;
      if (g.role === 'data-officer') return `data officer for ${g.partnerId ?? 'no partner'}`;
      return ROLE_NAMES[g.role];
    })
    .join('; ');
  throw forbidden(
    `This needs the role ${neededText} in programme "${programmeId}"; you hold: ${heldText}.`,
  );
}

/**
 * Who may read a programme, said once for every read: a member (any role in it) or an
 * installation administrator, who reads every programme so that they can set one up and hand it
 * over. Reading is all the installation role gives within a programme: writes still need a
 * programme role (requireRole), except those the installation role exists for (creating a
 * programme, giving it its first admin), which ask for requireInstallationAdmin.
 */
export function canReadProgramme(user: AuthenticatedUser, programmeId: string): boolean {
  return user.installationAdmin || user.roles.some((g) => g.programmeId === programmeId);
}

/** A reader of the programme (canReadProgramme): what every read of a programme needs. */
export function requireProgrammeMember(
  request: FastifyRequest,
  programmeId: string,
): AuthenticatedUser {
  const user = requireUser(request);
  if (canReadProgramme(user, programmeId)) return user;
  throw forbidden(`You have no role in programme "${programmeId}".`);
}

/** Whether the user may read each programme, for lists of programmes (canReadProgramme). */
export function readableProgrammes(user: AuthenticatedUser): (programmeId: string) => boolean {
  return (programmeId) => canReadProgramme(user, programmeId);
}

/** The acting user, if they administer the installation; otherwise 401 or 403. */
export function requireInstallationAdmin(request: FastifyRequest): AuthenticatedUser {
  const user = requireUser(request);
  if (user.installationAdmin) return user;
  throw forbidden('This needs an installation administrator.');
}

/** Who to name in the audit log for a change this user makes. */
export function auditActor(user: AuthenticatedUser): AuditActor {
  return { userId: user.id, label: user.email };
}

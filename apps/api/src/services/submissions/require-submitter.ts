// Who may return figures: a data officer (for the metrics their partner owns) or an admin (for
// any metric).
import type { FastifyRequest } from 'fastify';
import { hasRole, requireRole, requireUser, type AuthenticatedUser } from '../../lib/authorise.js';

export interface Submitter {
  user: AuthenticatedUser;
  /** The partner whose metrics the user may return; null for an admin, who may return any. */
  partnerId: string | null;
}

export const SUBMITTER_ROLES = ['data-officer', 'admin'] as const;

/** 401 when not signed in; 403 (naming the roles needed) unless a data officer or admin. */
export function requireSubmitter(request: FastifyRequest, programmeId: string): Submitter {
  const user = requireUser(request);
  if (hasRole(user, programmeId, ['admin'])) return { user, partnerId: null };
  const partnerId =
    user.roles.find((g) => g.programmeId === programmeId && g.role === 'data-officer')?.partnerId ??
    undefined;
  // Scoped to the officer's own partner: requireRole fails closed for a data officer without one.
  requireRole(
    request,
    programmeId,
    SUBMITTER_ROLES,
    partnerId === undefined ? undefined : { partnerId },
  );
  if (partnerId === undefined) throw new Error('requireRole let through a user with no partner');
  return { user, partnerId };
}

// The same rule as the API's requireRole, to hide controls a user could not use. The API checks
// again on every request: hiding a control is a courtesy, never the protection.
import type { Me, Role } from '@outcomes/contract';

export interface RoleScope {
  strandId?: string;
  partnerId?: string;
}

export function hasRole(
  me: Me | null | undefined,
  programmeId: string | undefined,
  roles: readonly Role[],
  scope?: RoleScope,
): boolean {
  if (!me || programmeId === undefined) return false;
  return me.roles.some((g) => {
    if (g.programmeId !== programmeId || !roles.includes(g.role)) return false;
    if (g.role === 'sponsor') {
      return scope?.strandId !== undefined && g.strandIds.includes(scope.strandId);
    }
    if (g.role === 'data-officer') {
      return scope?.partnerId !== undefined && g.partnerId === scope.partnerId;
    }
    return true;
  });
}

/** The contract's roles, in order (a type-only import keeps zod out of the web bundle). */
export const ROLES: readonly Role[] = ['board', 'finance', 'sponsor', 'data-officer', 'admin'];

export const ROLE_LABELS: Record<Role, string> = {
  board: 'Board member',
  finance: 'Finance',
  sponsor: 'Strand sponsor',
  'data-officer': 'Data officer',
  admin: 'Admin',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  board: 'Reads everything.',
  finance: 'Reads everything, runs scenarios, reads and exports the audit log.',
  sponsor: 'Reads everything; writes commentary and forecast revisions for their strands.',
  'data-officer': 'Reads everything; submits figures for the metrics their partner owns.',
  admin: 'Manages users and loads programme packs.',
};

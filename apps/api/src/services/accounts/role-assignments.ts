// Turns the roles an admin (or the CLI) asks for into grants, checked against the programme.
import type { Role, RoleAssignment } from '@outcomes/contract';
import { listProgrammeScopeIds, type Db, type StoredRoleGrant } from '@outcomes/db';
import { ApiError } from '../../lib/api-error.js';

export type GrantSpec = Omit<StoredRoleGrant, 'userId' | 'programmeId'> & { role: Role };

const bad = (message: string) => new ApiError(400, 'bad_request', message);

/**
 * Checks every assignment (a data officer names one partner of the programme, a sponsor one or
 * more of its strands, no other role names either; no role twice) and returns the grants.
 */
export async function toGrantSpecs(
  db: Db,
  programmeId: string,
  assignments: readonly RoleAssignment[],
): Promise<GrantSpec[]> {
  const { partnerIds, strandIds } = await listProgrammeScopeIds(db, programmeId);
  const seen = new Set<Role>();
  const specs: GrantSpec[] = [];
  for (const a of assignments) {
    if (seen.has(a.role)) throw bad(`The role ${a.role} is given twice.`);
    seen.add(a.role);
    const partnerId = a.partnerId ?? null;
    const strands = [...new Set(a.strandIds ?? [])];
    if (a.role === 'data-officer') {
      if (partnerId === null) throw bad('A data officer needs a partner (partnerId).');
      if (!partnerIds.includes(partnerId)) {
        throw bad(`Programme "${programmeId}" has no partner "${partnerId}".`);
      }
    } else if (partnerId !== null) {
      throw bad(`Only a data officer has a partner; the role ${a.role} does not.`);
    }
    if (a.role === 'sponsor') {
      if (strands.length === 0) throw bad('A sponsor needs at least one strand (strandIds).');
      const unknown = strands.filter((s) => !strandIds.includes(s));
      if (unknown.length > 0) {
        throw bad(`Programme "${programmeId}" has no strand "${unknown.join('", "')}".`);
      }
    } else if (strands.length > 0) {
      throw bad(`Only a sponsor has strands; the role ${a.role} does not.`);
    }
    specs.push({ role: a.role, partnerId, strandIds: a.role === 'sponsor' ? strands : [] });
  }
  return specs;
}

/** Grants as the audit log and the API show them. */
export function grantsForAudit(
  grants: readonly Pick<StoredRoleGrant, 'role' | 'partnerId' | 'strandIds'>[],
) {
  return grants.map((g) => ({ role: g.role, partnerId: g.partnerId, strandIds: g.strandIds }));
}

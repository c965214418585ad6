import type { RoleGrant } from '@outcomes/contract';
import { ROLE_LABELS } from '../../lib/roles';

/** "Strand sponsor (safer-communities)": a role and its scope, in words. */
export function roleText(grant: Pick<RoleGrant, 'role' | 'partnerId' | 'strandIds'>): string {
  const scope =
    grant.role === 'data-officer' && grant.partnerId
      ? ` for ${grant.partnerId}`
      : grant.role === 'sponsor' && grant.strandIds.length > 0
        ? ` of ${grant.strandIds.join(', ')}`
        : '';
  return `${ROLE_LABELS[grant.role]}${scope}`;
}

export function RoleList({ roles }: { roles: readonly RoleGrant[] }) {
  if (roles.length === 0) return <>No roles</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {roles.map((g) => (
        <li key={`${g.programmeId}-${g.role}`} data-role={g.role}>
          {roleText(g)}
        </li>
      ))}
    </ul>
  );
}

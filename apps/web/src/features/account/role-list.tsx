import type { ProgrammeDetail, RoleGrant } from '@outcomes/contract';
import { useProgramme } from '../../api/get-programme';
import { ROLE_LABELS } from '../../lib/roles';

/**
 * "Strand sponsor of Safer Communities", "Data officer for Cheshire Constabulary": a role and its
 * scope in words, with names from the programme (ids only while it loads or for a removed one).
 */
export function roleText(
  grant: Pick<RoleGrant, 'role' | 'partnerId' | 'strandIds'>,
  programme?: Pick<ProgrammeDetail, 'partners' | 'strands'>,
): string {
  const partner = (id: string) => programme?.partners.find((p) => p.id === id)?.name ?? id;
  const strand = (id: string) => programme?.strands.find((s) => s.id === id)?.name ?? id;
  const scope =
    grant.role === 'data-officer' && grant.partnerId
      ? ` for ${partner(grant.partnerId)}`
      : grant.role === 'sponsor' && grant.strandIds.length > 0
        ? ` of ${grant.strandIds.map(strand).join(', ')}`
        : '';
  return `${ROLE_LABELS[grant.role]}${scope}`;
}

function RoleItem({ grant }: { grant: RoleGrant }) {
  const programme = useProgramme(grant.programmeId);
  return <li data-role={grant.role}>{roleText(grant, programme.data)}</li>;
}

export function RoleList({ roles }: { roles: readonly RoleGrant[] }) {
  if (roles.length === 0) return <>No roles</>;
  return (
    <ul className="govuk-list govuk-!-margin-bottom-0">
      {roles.map((g) => (
        <RoleItem key={`${g.programmeId}-${g.role}`} grant={g} />
      ))}
    </ul>
  );
}

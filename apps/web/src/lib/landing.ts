// Where each user starts: where their work is. Board members (and anyone who reads everything)
// on the overview; finance on the benefits ledger; a sponsor on their strand, with the
// commentary it owes at the top; a data officer on what their agency owes.
import type { Me } from '@outcomes/contract';
import { paths } from './paths';

export function landingPath(me: Me | null | undefined, programmeId: string): string {
  const grants = (me?.roles ?? []).filter((g) => g.programmeId === programmeId);
  const has = (role: string) => grants.some((g) => g.role === role);
  if (has('board') || has('admin')) return paths.programme(programmeId);
  if (has('finance')) return paths.finance(programmeId);
  const sponsored = grants.find((g) => g.role === 'sponsor' && g.strandIds.length > 0);
  const firstStrand = sponsored?.strandIds[0];
  if (firstStrand !== undefined) return `${paths.strand(programmeId, firstStrand)}#commentary-due`;
  if (has('data-officer')) return paths.returns(programmeId);
  return paths.programme(programmeId);
}

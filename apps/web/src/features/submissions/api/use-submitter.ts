// Whether the signed-in user may return figures here, and for which partner. The API checks
// again on every upload; this only decides which controls to show.
import type { Me } from '@outcomes/contract';
import { useMe } from '../../../api/get-me';
import { hasRole } from '../../../lib/roles';

export interface Submitter {
  me: Me | null | undefined;
  /** A data officer or an admin of the programme. */
  canSubmit: boolean;
  isAdmin: boolean;
  /** The data officer's partner; null for an admin (any partner) or anyone else. */
  partnerId: string | null;
  csrfToken: string | null;
}

export function submitterOf(me: Me | null | undefined, programmeId: string): Submitter {
  const isAdmin = hasRole(me, programmeId, ['admin']);
  const partnerId =
    me?.roles.find((g) => g.programmeId === programmeId && g.role === 'data-officer')?.partnerId ??
    null;
  return {
    me,
    canSubmit: isAdmin || partnerId !== null,
    isAdmin,
    partnerId: isAdmin ? null : partnerId,
    csrfToken: me?.csrfToken ?? null,
  };
}

export function useSubmitter(programmeId: string): Submitter {
  const { data } = useMe();
  return submitterOf(data, programmeId);
}

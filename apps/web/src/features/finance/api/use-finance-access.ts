// Whether the signed-in user may download finance tables and run scenarios (finance or admin in
// this programme), and their CSRF token for the scenario POST. The API checks again on every
// request; this only hides links and forms a user could not use.
import { useMe } from '../../../api/get-me';
import { hasRole } from '../../../lib/roles';

export interface FinanceAccess {
  /** False until /api/me has answered. */
  isFinance: boolean;
  /** True once /api/me has answered (so "not allowed" is not shown while it is asked). */
  known: boolean;
  csrfToken: string | null;
}

export function useFinanceAccess(programmeId: string): FinanceAccess {
  const { data: me } = useMe();
  return {
    isFinance: me ? hasRole(me, programmeId, ['finance', 'admin']) : false,
    known: me !== undefined,
    csrfToken: me?.csrfToken ?? null,
  };
}

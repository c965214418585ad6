// Who may write this metric's commentary and rebases: the strand's sponsor or an admin (the rule
// of the API's POST routes). The server checks again on every write; this only hides forms a
// user could not use.
import { useMe } from '../../../api/get-me';
import { hasRole } from '../../../lib/roles';

export interface MetricWriter {
  /** True once /api/me has answered and the user may write. */
  canWrite: boolean;
  csrfToken: string | null;
}

export function useMetricWriter(programmeId: string, strandId: string | undefined): MetricWriter {
  const me = useMe();
  return {
    canWrite:
      strandId !== undefined && hasRole(me.data, programmeId, ['sponsor', 'admin'], { strandId }),
    csrfToken: me.data?.csrfToken ?? null,
  };
}

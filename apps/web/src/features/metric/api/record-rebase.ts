import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RebaseBody, SpcRebase } from '@outcomes/contract';
import { apiSend } from '../../../lib/api-send';

export function recordRebase(
  programmeId: string,
  metricId: string,
  body: RebaseBody,
  csrfToken: string | null,
): Promise<SpcRebase> {
  return apiSend<SpcRebase>(
    'POST',
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}/rebases`,
    body,
    csrfToken,
  );
}

/** Records (or withdraws) a rebase, then refreshes the series (new limits) and the board. */
export function useRecordRebase(programmeId: string, metricId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RebaseBody) => recordRebase(programmeId, metricId, body, csrfToken),
    // Also after a refusal: a 409 means someone else changed it, so show the latest.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'metrics'] }),
  });
}

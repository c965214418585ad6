import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentaryBody, CommentaryEntry } from '@outcomes/contract';
import { apiSend } from '../../../lib/api-send';

export function addCommentary(
  programmeId: string,
  metricId: string,
  body: CommentaryBody,
  csrfToken: string | null,
): Promise<CommentaryEntry> {
  return apiSend<CommentaryEntry>(
    'POST',
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}/commentary`,
    body,
    csrfToken,
  );
}

/** Saves a revision, then refreshes everything that shows commentary (chart, table, board). */
export function useAddCommentary(programmeId: string, metricId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommentaryBody) => addCommentary(programmeId, metricId, body, csrfToken),
    // Also after a refusal: a 409 means someone else changed it, so show the latest.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: ['programmes', programmeId, 'metrics'] }),
  });
}

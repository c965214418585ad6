import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BoardSummary } from '@outcomes/contract';
import { apiGet } from '../lib/api-client';

// Shared by the overview (every metric) and the strand page (one strand's).
export function getBoardSummary(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<BoardSummary> {
  return apiGet<BoardSummary>(
    `/programmes/${encodeURIComponent(programmeId)}/metrics`,
    { asOf, strandId },
    signal,
  );
}

export function boardSummaryQueryOptions(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: [
      'programmes',
      programmeId,
      'metrics',
      { strandId: strandId ?? null, asOf: asOf ?? null },
    ],
    queryFn: ({ signal }) => getBoardSummary(programmeId, strandId, asOf, signal),
  });
}

export function useBoardSummary(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return useQuery(boardSummaryQueryOptions(programmeId, strandId, asOf));
}

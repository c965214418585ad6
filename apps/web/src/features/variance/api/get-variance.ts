import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BoardNarrative, Variance } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

/** The programme's bridge by strand (no strandId) or one strand's by metric. */
export function varianceQueryOptions(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: [
      'programmes',
      programmeId,
      'variance',
      { strandId: strandId ?? null, asOf: asOf ?? null },
    ],
    queryFn: ({ signal }) =>
      apiGet<Variance>(
        `/programmes/${encodeURIComponent(programmeId)}/variance`,
        { asOf, strandId },
        signal,
      ),
  });
}

export function useVariance(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return useQuery(varianceQueryOptions(programmeId, strandId, asOf));
}

export function boardNarrativeQueryOptions(
  programmeId: string,
  asOf: string | undefined,
  since: string | undefined,
) {
  return queryOptions({
    queryKey: [
      'programmes',
      programmeId,
      'board-narrative',
      { asOf: asOf ?? null, since: since ?? null },
    ],
    queryFn: ({ signal }) =>
      apiGet<BoardNarrative>(
        `/programmes/${encodeURIComponent(programmeId)}/board-narrative`,
        { asOf, since },
        signal,
      ),
  });
}

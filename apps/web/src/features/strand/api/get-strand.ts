import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StrandDetail } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

export function getStrand(
  programmeId: string,
  strandId: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<StrandDetail> {
  return apiGet<StrandDetail>(
    `/programmes/${encodeURIComponent(programmeId)}/strands/${encodeURIComponent(strandId)}`,
    { asOf },
    signal,
  );
}

export function strandQueryOptions(
  programmeId: string,
  strandId: string,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'strands', strandId, { asOf: asOf ?? null }],
    queryFn: ({ signal }) => getStrand(programmeId, strandId, asOf, signal),
  });
}

export function useStrand(programmeId: string, strandId: string, asOf: string | undefined) {
  return useQuery(strandQueryOptions(programmeId, strandId, asOf));
}

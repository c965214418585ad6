import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgrammeSummary } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

export function getProgrammeSummary(
  programmeId: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<ProgrammeSummary> {
  return apiGet<ProgrammeSummary>(
    `/programmes/${encodeURIComponent(programmeId)}/summary`,
    { asOf },
    signal,
  );
}

export function programmeSummaryQueryOptions(programmeId: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'summary', { asOf: asOf ?? null }],
    queryFn: ({ signal }) => getProgrammeSummary(programmeId, asOf, signal),
  });
}

export function useProgrammeSummary(programmeId: string, asOf: string | undefined) {
  return useQuery(programmeSummaryQueryOptions(programmeId, asOf));
}

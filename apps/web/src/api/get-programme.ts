import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgrammeDetail } from '@outcomes/contract';
import { apiGet } from '../lib/api-client';

// The programme's settings do not depend on the as-of date, so the key has no asOf: it holds
// every parameter the endpoint takes.
export function getProgramme(programmeId: string, signal?: AbortSignal): Promise<ProgrammeDetail> {
  return apiGet<ProgrammeDetail>(`/programmes/${encodeURIComponent(programmeId)}`, {}, signal);
}

export function programmeQueryOptions(programmeId: string) {
  return queryOptions({
    queryKey: ['programmes', programmeId],
    queryFn: ({ signal }) => getProgramme(programmeId, signal),
  });
}

export function useProgramme(programmeId: string | undefined) {
  return useQuery({ ...programmeQueryOptions(programmeId ?? ''), enabled: Boolean(programmeId) });
}

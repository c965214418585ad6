import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgrammeListItem } from '@outcomes/contract';
import { apiGet } from '../lib/api-client';

export function getProgrammes(signal?: AbortSignal): Promise<ProgrammeListItem[]> {
  return apiGet<ProgrammeListItem[]>('/programmes', {}, signal);
}

export function programmesQueryOptions() {
  return queryOptions({
    queryKey: ['programmes'],
    queryFn: ({ signal }) => getProgrammes(signal),
  });
}

export function useProgrammes() {
  return useQuery(programmesQueryOptions());
}

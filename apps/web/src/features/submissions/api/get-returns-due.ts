import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntrySheet, ReturnsDue } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

export function returnsDueQueryOptions(programmeId: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'returns-due', { asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<ReturnsDue>(`${base(programmeId)}/returns-due`, { asOf }, signal),
  });
}

export function useReturnsDue(programmeId: string, asOf: string | undefined) {
  return useQuery(returnsDueQueryOptions(programmeId, asOf));
}

export function entrySheetQueryOptions(
  programmeId: string,
  partnerId: string,
  quarter: string | undefined,
) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'entry-sheet', partnerId, { quarter: quarter ?? null }],
    queryFn: ({ signal }) =>
      apiGet<EntrySheet>(
        `${base(programmeId)}/returns-due/${encodeURIComponent(partnerId)}/entry`,
        { quarter },
        signal,
      ),
  });
}

export function useEntrySheet(programmeId: string, partnerId: string, quarter: string | undefined) {
  return useQuery({
    ...entrySheetQueryOptions(programmeId, partnerId, quarter),
    enabled: partnerId !== '',
  });
}

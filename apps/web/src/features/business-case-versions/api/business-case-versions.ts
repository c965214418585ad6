// Reads and writes of the business case versions (API routes/business-case-versions.ts).
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BusinessCaseVersions,
  InForceBody,
  InForceDecisionView,
  VersionComparisonView,
} from '@outcomes/contract';
import { apiGet, apiUrl } from '../../../lib/api-client';
import { apiSend } from '../../../lib/api-send';

const base = (programmeId: string) =>
  `/programmes/${encodeURIComponent(programmeId)}/business-case`;

export function useBusinessCaseVersions(programmeId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['programmes', programmeId, 'business-case', 'versions'],
      queryFn: ({ signal }) =>
        apiGet<BusinessCaseVersions>(`${base(programmeId)}/versions`, {}, signal),
    }),
  );
}

export function useVersionComparison(programmeId: string, a: number | null, b: number | null) {
  return useQuery(
    queryOptions({
      queryKey: ['programmes', programmeId, 'business-case', 'compare', a, b],
      queryFn: ({ signal }) =>
        apiGet<VersionComparisonView>(
          `${base(programmeId)}/compare`,
          { a: String(a), b: String(b) },
          signal,
        ),
      enabled: a !== null && b !== null,
    }),
  );
}

/** The comparison as the API's CSV (core's writer), for a plain download link. */
export const comparisonCsvUrl = (programmeId: string, a: number, b: number): string =>
  apiUrl(`${base(programmeId)}/compare`, { a: String(a), b: String(b), format: 'csv' });

/** Puts a version in force, then reads everything again: every headline may have changed. */
export function useDecideInForce(programmeId: string, csrfToken: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InForceBody) =>
      apiSend<InForceDecisionView>('POST', `${base(programmeId)}/in-force`, body, csrfToken),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['programmes', programmeId] }),
  });
}

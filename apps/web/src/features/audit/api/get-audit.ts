import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '@outcomes/contract';
import { apiGet, apiUrl } from '../../../lib/api-client';

export interface AuditFilters {
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  offset?: string | undefined;
}

export type AuditPageWithActions = AuditPage & { actions: string[] };

export const AUDIT_PAGE_SIZE = 50;

const path = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}/audit`;

export function auditQueryOptions(programmeId: string, filters: AuditFilters) {
  return queryOptions({
    // Every parameter is in the key.
    queryKey: ['programmes', programmeId, 'audit', filters],
    queryFn: ({ signal }) =>
      apiGet<AuditPageWithActions>(
        path(programmeId),
        { ...filters, limit: String(AUDIT_PAGE_SIZE) },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(programmeId: string, filters: AuditFilters) {
  return useQuery(auditQueryOptions(programmeId, filters));
}

/** The CSV export of the same filters: a plain link, downloaded with the session cookie. */
export function auditCsvUrl(programmeId: string, filters: AuditFilters): string {
  const { offset: _offset, ...rest } = filters;
  return apiUrl(`${path(programmeId)}.csv`, rest);
}

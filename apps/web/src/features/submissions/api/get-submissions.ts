import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActualRevisionList, SubmissionDetail, SubmissionList } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

const base = (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`;

export function useSubmissions(programmeId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['programmes', programmeId, 'submissions'],
      queryFn: ({ signal }) =>
        apiGet<SubmissionList>(`${base(programmeId)}/submissions`, {}, signal),
    }),
  );
}

export function useSubmission(programmeId: string, submissionId: string) {
  return useQuery(
    queryOptions({
      queryKey: ['programmes', programmeId, 'submissions', submissionId],
      queryFn: ({ signal }) =>
        apiGet<SubmissionDetail>(
          `${base(programmeId)}/submissions/${encodeURIComponent(submissionId)}`,
          {},
          signal,
        ),
    }),
  );
}

export function useRevisions(programmeId: string, metricId: string, periodStart: string) {
  return useQuery(
    queryOptions({
      queryKey: ['programmes', programmeId, 'metrics', metricId, 'revisions', periodStart],
      queryFn: ({ signal }) =>
        apiGet<ActualRevisionList>(
          `${base(programmeId)}/metrics/${encodeURIComponent(metricId)}/periods/${encodeURIComponent(periodStart)}/revisions`,
          {},
          signal,
        ),
    }),
  );
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricCommentary } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

const base = (programmeId: string, metricId: string) =>
  `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}`;

export function getMetricCommentary(
  programmeId: string,
  metricId: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<MetricCommentary> {
  return apiGet<MetricCommentary>(`${base(programmeId, metricId)}/commentary`, { asOf }, signal);
}

export function metricCommentaryQueryOptions(
  programmeId: string,
  metricId: string,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: [
      'programmes',
      programmeId,
      'metrics',
      metricId,
      'commentary',
      { asOf: asOf ?? null },
    ],
    queryFn: ({ signal }) => getMetricCommentary(programmeId, metricId, asOf, signal),
  });
}

export function useMetricCommentary(
  programmeId: string,
  metricId: string,
  asOf: string | undefined,
) {
  return useQuery(metricCommentaryQueryOptions(programmeId, metricId, asOf));
}

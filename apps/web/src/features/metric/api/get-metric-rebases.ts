import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricRebases } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

export function getMetricRebases(
  programmeId: string,
  metricId: string,
  signal?: AbortSignal,
): Promise<MetricRebases> {
  return apiGet<MetricRebases>(
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}/rebases`,
    {},
    signal,
  );
}

// Rebases do not depend on the as-of date: the key holds every parameter the endpoint takes.
export function metricRebasesQueryOptions(programmeId: string, metricId: string) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'metrics', metricId, 'rebases'],
    queryFn: ({ signal }) => getMetricRebases(programmeId, metricId, signal),
  });
}

export function useMetricRebases(programmeId: string, metricId: string) {
  return useQuery(metricRebasesQueryOptions(programmeId, metricId));
}

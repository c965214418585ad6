import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MetricSeries } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';

export function getMetricSeries(
  programmeId: string,
  metricId: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<MetricSeries> {
  return apiGet<MetricSeries>(
    `/programmes/${encodeURIComponent(programmeId)}/metrics/${encodeURIComponent(metricId)}/series`,
    { asOf },
    signal,
  );
}

export function metricSeriesQueryOptions(
  programmeId: string,
  metricId: string,
  asOf: string | undefined,
) {
  return queryOptions({
    queryKey: ['programmes', programmeId, 'metrics', metricId, 'series', { asOf: asOf ?? null }],
    queryFn: ({ signal }) => getMetricSeries(programmeId, metricId, asOf, signal),
  });
}

export function useMetricSeries(programmeId: string, metricId: string, asOf: string | undefined) {
  return useQuery(metricSeriesQueryOptions(programmeId, metricId, asOf));
}

// The comparison reads: the indicators a user can compare, and one indicator across places.
import { useQuery } from '@tanstack/react-query';
import type { ComparisonDto, ComparisonIndicator } from '@outcomes/contract';
import { apiGet } from '../../lib/api-client';

export function useComparisonIndicators() {
  return useQuery({
    queryKey: ['comparisons'],
    queryFn: ({ signal }) =>
      apiGet<{ indicators: ComparisonIndicator[] }>('/comparisons', {}, signal),
  });
}

export function useComparison(code: string | undefined, asOf: string | undefined) {
  return useQuery({
    queryKey: ['comparisons', code, asOf ?? ''],
    queryFn: ({ signal }) =>
      apiGet<ComparisonDto>(`/comparisons/${encodeURIComponent(code!)}`, { asOf }, signal),
    enabled: code !== undefined && code !== '',
  });
}

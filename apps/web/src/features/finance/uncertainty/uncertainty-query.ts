// GET the uncertainty figures: switching values and a Monte Carlo run, for a seed. The key holds
// every parameter; the API does all the work (the page only shows it).
import { useQuery } from '@tanstack/react-query';
import type { Uncertainty } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';
import { programmePath } from '../api/finance-queries';

export function useUncertainty(
  programmeId: string,
  asOf: string | undefined,
  seed: number,
  enabled: boolean,
) {
  return useQuery({
    enabled,
    queryKey: ['programmes', programmeId, 'finance', 'uncertainty', { asOf: asOf ?? null, seed }],
    queryFn: ({ signal }) =>
      apiGet<Uncertainty>(
        `${programmePath(programmeId)}/uncertainty`,
        { asOf, seed: String(seed) },
        signal,
      ),
  });
}

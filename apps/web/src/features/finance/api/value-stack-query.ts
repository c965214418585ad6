// The value stack endpoint (issue 18): fiscal, economic and social value and both returns.
import { useQuery } from '@tanstack/react-query';
import type { ProgrammeValueStack } from '@outcomes/contract';
import { apiGet } from '../../../lib/api-client';
import { programmePath } from './finance-queries';

export function useValueStack(programmeId: string, asOf: string | undefined) {
  return useQuery({
    queryKey: ['programmes', programmeId, 'finance', 'value-stack', { asOf: asOf ?? null }],
    queryFn: ({ signal }) =>
      apiGet<ProgrammeValueStack>(`${programmePath(programmeId)}/value-stack`, { asOf }, signal),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { ProgrammeSummary } from '@outcomes/contract';
import { programmeReadQuery } from '../../../lib/programme-read-query';

export function programmeSummaryQueryOptions(programmeId: string, asOf: string | undefined) {
  return programmeReadQuery<ProgrammeSummary>(programmeId, ['summary'], { asOf });
}

export function useProgrammeSummary(programmeId: string, asOf: string | undefined) {
  return useQuery(programmeSummaryQueryOptions(programmeId, asOf));
}

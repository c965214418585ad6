import { useQuery } from '@tanstack/react-query';
import type { BoardSummary } from '@outcomes/contract';
import { programmeReadQuery } from '../lib/programme-read-query';

// Shared by the overview (every metric) and the strand page (one strand's).
export function boardSummaryQueryOptions(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return programmeReadQuery<BoardSummary>(programmeId, ['metrics'], { strandId, asOf });
}

export function useBoardSummary(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return useQuery(boardSummaryQueryOptions(programmeId, strandId, asOf));
}

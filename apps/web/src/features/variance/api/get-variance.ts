import { useQuery } from '@tanstack/react-query';
import type { BoardNarrative, Variance } from '@outcomes/contract';
import { programmeReadQuery } from '../../../lib/programme-read-query';

/** The programme's bridge by strand (no strandId) or one strand's by metric. */
export function varianceQueryOptions(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return programmeReadQuery<Variance>(programmeId, ['variance'], { strandId, asOf });
}

export function useVariance(
  programmeId: string,
  strandId: string | undefined,
  asOf: string | undefined,
) {
  return useQuery(varianceQueryOptions(programmeId, strandId, asOf));
}

export function boardNarrativeQueryOptions(
  programmeId: string,
  asOf: string | undefined,
  since: string | undefined,
) {
  return programmeReadQuery<BoardNarrative>(programmeId, ['board-narrative'], { asOf, since });
}

// Which points a group's limits are fixed on. The first group's baseline is the history before
// the programme began, so the limits describe the process the programme set out to change; a
// rebase group's is its first 12 points. Too short a baseline gives trial limits on every point
// of the group: better provisional limits than none, and flagged so nobody reads them as fixed.
import type { IsoDate } from '../domain.js';
import { BASELINE_POINTS } from './constants.js';

export interface SpcBaseline {
  /** The group's first `points` points form the baseline. */
  points: number;
  trial: boolean;
}

function fixedOrTrial(candidates: number, groupSize: number): SpcBaseline {
  return candidates >= BASELINE_POINTS
    ? { points: candidates, trial: false }
    : { points: groupSize, trial: true };
}

/**
 * First group: the points whose period starts before `limitsBefore` (the start of the
 * programme's first financial year), all of them when there are 12 or more. Fewer than 12, or no
 * programme start (null), gives trial limits on all the group's points. Expects period order.
 */
export function programmeBaseline(
  periodStarts: readonly IsoDate[],
  limitsBefore: IsoDate | null,
): SpcBaseline {
  // ISO dates compare as strings in date order.
  const before = limitsBefore === null ? 0 : periodStarts.filter((p) => p < limitsBefore).length;
  return fixedOrTrial(before, periodStarts.length);
}

/** Rebase group: its first 12 points, or trial limits on all its points when it has fewer. */
export function rebaseBaseline(groupSize: number): SpcBaseline {
  return fixedOrTrial(Math.min(BASELINE_POINTS, groupSize), groupSize);
}

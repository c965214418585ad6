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

/** A moving range needs two points. */
const MIN_TRIAL_POINTS = 2;

/**
 * First group: the points whose period starts before `limitsBefore` (the start of the
 * programme's first financial year), all of them when there are 12 or more. Fewer than 12, or no
 * programme start (null), gives trial limits on all the group's points. Expects period order.
 *
 * `yearly`: a yearly metric rarely has 12 years of history, and trial limits on all its points
 * would put the programme's own years (the change being judged) inside the limits that judge
 * them, widening the limits by the very change. So its trial limits use the years before the
 * programme only; with fewer than two of those there are no limits (null).
 */
export function programmeBaseline(
  periodStarts: readonly IsoDate[],
  limitsBefore: IsoDate | null,
  yearly = false,
): SpcBaseline | null {
  // ISO dates compare as strings in date order.
  const before = limitsBefore === null ? 0 : periodStarts.filter((p) => p < limitsBefore).length;
  if (yearly && limitsBefore !== null && before < BASELINE_POINTS) {
    return before < MIN_TRIAL_POINTS ? null : { points: before, trial: true };
  }
  return fixedOrTrial(before, periodStarts.length);
}

/** Rebase group: its first 12 points, or trial limits on all its points when it has fewer. */
export function rebaseBaseline(groupSize: number): SpcBaseline {
  return fixedOrTrial(Math.min(BASELINE_POINTS, groupSize), groupSize);
}

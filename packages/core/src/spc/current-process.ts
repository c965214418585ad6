// Limits of the process as it runs now. After a sustained shift (the shift rule: `runLength`
// points in a row on one side of the mean) the process has changed, and Making Data Count says
// to recalculate the limits from where the shift began (methods.md §4.3: "recalculate limits"
// once a change is sustained). Until someone records that rebase, the assurance icon is judged
// on these limits, so it speaks about the process that will produce the next points, not the one
// the programme set out to change.
import { BASELINE_POINTS } from './constants.js';
import { findRuns } from './find-runs.js';
import { sideOf } from './side-of.js';
import type { SpcDirection, SpcLimits } from './types.js';
import { xmrLimits } from './xmr-limits.js';

export interface CurrentProcessSpan {
  /** Index (in the group) of the first point of the shift: the current process starts here. */
  start: number;
  /** The side of the old mean the shift ran on. */
  direction: SpcDirection;
  /** The limits are fixed on the current process's first `baselinePoints` points. */
  baselinePoints: number;
  /** Fewer than 12 points since the shift began: trial limits on all of them. */
  trial: boolean;
  limits: SpcLimits;
}

/**
 * The current process of one rebase group, or null when no sustained shift has run past the
 * group's baseline. `baselinePoints`/`trial` describe the group's own limits.
 *
 * - The shift is the latest run of at least `runLength` points on one side of the mean that
 *   reaches past the baseline (a run wholly inside a fixed baseline is the baseline's own
 *   variation) and does not start at the segment's first point.
 * - The minimum is the shift itself: its `runLength` points are already known to belong to the
 *   new process, so trial limits on them (and every later point) are drawn at once, flagged
 *   trial as MDC draws trial limits; from 12 points on, the limits are fixed on the first 12.
 * - Repeated: a later shift against the new limits moves the start again, so a process that keeps
 *   improving is judged on its latest level.
 */
export function currentProcess(
  values: readonly number[],
  groupLimits: Pick<SpcLimits, 'mean'>,
  baselinePoints: number,
  trial: boolean,
  runLength: number,
): CurrentProcessSpan | null {
  let found: CurrentProcessSpan | null = null;
  let segmentStart = 0;
  let mean = groupLimits.mean;
  // Index of the first point after the segment's baseline (trial limits: every point is in it,
  // but a shift among them still shows the limits straddle two processes).
  let pastBaseline = trial ? 0 : baselinePoints;
  for (;;) {
    const sides = values.slice(segmentStart).map((v) => sideOf(v, mean));
    const runs = findRuns(sides, runLength).filter(
      (r) => r.start > 0 && segmentStart + r.end >= pastBaseline,
    );
    const shift = runs[runs.length - 1];
    if (shift === undefined) return found;
    const start = segmentStart + shift.start;
    const since = values.length - start;
    const fixed = since >= BASELINE_POINTS;
    const points = fixed ? BASELINE_POINTS : since;
    const limits = xmrLimits(values.slice(start, start + points));
    found = { start, direction: shift.key, baselinePoints: points, trial: !fixed, limits };
    segmentStart = start;
    mean = limits.mean;
    pastBaseline = fixed ? start + points : start;
  }
}

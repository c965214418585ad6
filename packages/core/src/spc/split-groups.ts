// Splits a series into rebase groups. Each group gets its own limits and the rules never look
// across a boundary, because a rebase says the process itself changed there.
import type { IsoDate } from '../domain.js';
import { compareIsoDates } from './compare-iso-dates.js';
import type { SpcRebase } from './types.js';

/** One moving range needs two points, so no group may have fewer. */
const MIN_GROUP_POINTS = 2;

export interface SpcGroupSpan {
  /** Index of the group's first point. */
  start: number;
  /** Index one past the group's last point. */
  end: number;
  rebaseReason: string | null;
}

/**
 * Groups of a series in period order. A rebase starts a group at the first point on or after
 * its period. A rebase that would leave its own group or the group before it with fewer than two
 * points is not applied (yet): one point has no moving range, so no limits. That covers a rebase
 * recorded for a period with no actual yet, one on or before the first point, and a duplicate.
 */
export function splitGroups(
  periodStarts: readonly IsoDate[],
  rebases: readonly SpcRebase[],
): SpcGroupSpan[] {
  const n = periodStarts.length;
  const starts: { start: number; rebaseReason: string | null }[] = [
    { start: 0, rebaseReason: null },
  ];
  let currentStart = 0;
  const inOrder = [...rebases].sort((a, b) => compareIsoDates(a.periodStart, b.periodStart));
  for (const rebase of inOrder) {
    const start = periodStarts.findIndex((p) => p >= rebase.periodStart);
    if (start === -1) continue;
    if (start - currentStart < MIN_GROUP_POINTS || n - start < MIN_GROUP_POINTS) continue;
    starts.push({ start, rebaseReason: rebase.reason });
    currentStart = start;
  }
  return starts.map((s, i) => ({
    start: s.start,
    end: starts[i + 1]?.start ?? n,
    rebaseReason: s.rebaseReason,
  }));
}

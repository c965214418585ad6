// Maximal runs of equal keys: the common core of the trend rule (runs of rises or falls) and the
// shift rule (runs on one side of the mean). A null key (a tie, a point on the mean) belongs to
// no run, which is how both rules are broken.
import type { SpcDirection } from './types.js';

export interface Run {
  /** Index of the run's first key. */
  start: number;
  /** Index of the run's last key (inclusive). */
  end: number;
  key: SpcDirection;
}

/** Every maximal run of equal non-null keys at least `minLength` long, in order. */
export function findRuns(keys: readonly (SpcDirection | null)[], minLength: number): Run[] {
  const runs: Run[] = [];
  let start = 0;
  let current: SpcDirection | null = null;
  // One pass past the end (key undefined) closes the last run.
  for (let i = 0; i <= keys.length; i++) {
    const key = i < keys.length ? keys[i] : undefined;
    if (key === current) continue;
    if (current !== null && i - start >= minLength) runs.push({ start, end: i - 1, key: current });
    start = i;
    current = key ?? null;
  }
  return runs;
}

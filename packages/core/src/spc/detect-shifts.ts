// Rule 4: a shift, `runLength` points in a row on the same side of the mean.
import { RUN_LENGTH } from './constants.js';
import { findRuns } from './find-runs.js';
import { sideOf } from './side-of.js';
import type { SpcFlag } from './types.js';

/**
 * +1 for every point of a run above the mean, −1 below, null otherwise. A point exactly on the
 * mean belongs to neither side, so it breaks the run.
 */
export function detectShifts(
  values: readonly number[],
  mean: number,
  runLength = RUN_LENGTH,
): SpcFlag[] {
  const sides = values.map((v) => sideOf(v, mean));
  const flags: SpcFlag[] = values.map(() => null);
  for (const run of findRuns(sides, runLength)) {
    for (let i = run.start; i <= run.end; i++) flags[i] = run.key;
  }
  return flags;
}

// Rule 2: a trend, `runLength` points each strictly above (or each strictly below) the one
// before. Its direction is the way it runs, not its side of the mean (NHSRplotthedots #171).
import { RUN_LENGTH } from './constants.js';
import { findRuns } from './find-runs.js';
import { sideOf } from './side-of.js';
import type { SpcFlag } from './types.js';

/**
 * +1 for every point of an increasing trend, −1 for a decreasing one, null otherwise. A tie
 * breaks a trend (1,2,3,3,4,5,6,7 has none). The turning point shared by a rise and the fall
 * after it takes the later trend's direction, as NHSRplotthedots does ("use right side").
 */
export function detectTrends(values: readonly number[], runLength = RUN_LENGTH): SpcFlag[] {
  // Step i is the move from point i to point i + 1; n points in a row make n − 1 steps.
  const steps: SpcFlag[] = [];
  let previous: number | undefined;
  for (const v of values) {
    if (previous !== undefined) steps.push(sideOf(v, previous));
    previous = v;
  }
  const flags: SpcFlag[] = values.map(() => null);
  for (const run of findRuns(steps, runLength - 1)) {
    for (let i = run.start; i <= run.end + 1; i++) flags[i] = run.key;
  }
  return flags;
}

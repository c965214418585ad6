// Applies the four rules to one rebase group and keeps, for each point, the highest-precedence
// rule that flags it (methods.md §4.2), with that rule's direction.
import { RUN_LENGTH } from './constants.js';
import { detectOutsideLimits } from './detect-outside-limits.js';
import { detectShifts } from './detect-shifts.js';
import { detectTrends } from './detect-trends.js';
import { detectTwoInThree } from './detect-two-in-three.js';
import type { SpcDirection, SpcFlag, SpcLimits, SpcRule } from './types.js';

export interface SpcClassification {
  rule: SpcRule | null;
  /** The chosen rule's direction: side of the mean, or the way a trend runs. */
  direction: SpcDirection | null;
}

/**
 * The label of each point of one group. Precedence is outside limits, trend, two-in-three,
 * shift, so a point in a shift that is also close to a limit reads as two-in-three, and a
 * trend's direction (not its side of the mean) decides its colour.
 */
export function classifyPoints(
  values: readonly number[],
  limits: Omit<SpcLimits, 'averageMovingRange'>,
  runLength = RUN_LENGTH,
): SpcClassification[] {
  const byPrecedence: [SpcRule, SpcFlag[]][] = [
    ['outside-limits', detectOutsideLimits(values, limits)],
    ['trend', detectTrends(values, runLength)],
    ['two-in-three', detectTwoInThree(values, limits)],
    ['shift', detectShifts(values, limits.mean, runLength)],
  ];
  return values.map((_, i) => {
    for (const [rule, flags] of byPrecedence) {
      const direction = flags[i] ?? null;
      if (direction !== null) return { rule, direction };
    }
    return { rule: null, direction: null };
  });
}

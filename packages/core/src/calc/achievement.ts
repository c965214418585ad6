// Achievement to date: how much of the forecast improvement has actually happened, Σ A / Σ F over
// the periods that have both a forecast and an actual. Missing returns are not passed in at all,
// so they are never counted as zero.

export type AchievementStatus = 'measured' | 'no-data' | 'no-target';

export interface AchievementResult {
  /** Σ A / Σ F; null when there is nothing to compare (no-data) or no positive target. */
  achievement: number | null;
  status: AchievementStatus;
  actualSum: number;
  forecastSum: number;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * Pairs of improvements for the comparable periods, in the same order. `no-data` when there are
 * none; `no-target` when Σ F ≤ 0 (a forecast of no improvement, or of getting worse, cannot be
 * "achieved" as a ratio: dividing by it would flip or explode the sign).
 */
export function achievement(
  actualImprovements: readonly number[],
  forecastImprovements: readonly number[],
): AchievementResult {
  if (actualImprovements.length !== forecastImprovements.length) {
    throw new RangeError(
      `achievement needs one actual per forecast: got ${actualImprovements.length} actuals and ${forecastImprovements.length} forecasts`,
    );
  }
  const actualSum = sum(actualImprovements);
  const forecastSum = sum(forecastImprovements);
  if (actualImprovements.length === 0) {
    return { achievement: null, status: 'no-data', actualSum, forecastSum };
  }
  if (forecastSum <= 0) {
    return { achievement: null, status: 'no-target', actualSum, forecastSum };
  }
  return { achievement: actualSum / forecastSum, status: 'measured', actualSum, forecastSum };
}

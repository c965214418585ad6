// Red / amber / green from achievement, with the programme's thresholds.
import type { Rag, RagThresholds } from '../domain.js';

export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { green: 0.95, amber: 0.8 };

// Achievement is a ratio of float sums (often of money), so exactly 95% can arrive as
// 0.9499999999999999. A tolerance far below anything shown (0.0000001%) keeps such a value on
// the side of the threshold it really is on.
const TOLERANCE = 1e-9;

/** green ≥ thresholds.green, amber ≥ thresholds.amber, red below. */
export function ragFromAchievement(achievement: number, thresholds: RagThresholds): Rag {
  if (achievement >= thresholds.green - TOLERANCE) return 'green';
  if (achievement >= thresholds.amber - TOLERANCE) return 'amber';
  return 'red';
}

/**
 * The RAG of a metric or strand: `no-data` when no period is comparable (`hasData` false);
 * `no-target` when the forecast sum is ≤ 0; otherwise by thresholds. An achievement of null with
 * data and a positive target cannot be graded and is also `no-data`.
 */
export function ragFor(
  achievement: number | null,
  forecastSum: number,
  thresholds: RagThresholds,
  hasData: boolean,
): Rag {
  if (!hasData) return 'no-data';
  if (forecastSum <= 0) return 'no-target';
  if (achievement === null) return 'no-data';
  return ragFromAchievement(achievement, thresholds);
}

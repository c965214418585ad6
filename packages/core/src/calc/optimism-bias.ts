// Optimism-bias correction to benefits by the unit cost's confidence grade (GM/HMT CBA method:
// 0% for audited local data up to 40% for a best guess). Only the end points are confirmed in
// the sources (methods.md §1.3), so the ladder is a programme setting with these defaults.
import type { OptimismBiasLadder } from '../domain.js';

export const DEFAULT_OPTIMISM_BIAS: Readonly<OptimismBiasLadder> = Object.freeze({
  1: 0,
  2: 0.05,
  3: 0.1,
  4: 0.15,
  5: 0.25,
  6: 0.4,
});

export type ConfidenceGrade = keyof OptimismBiasLadder;

/** The correction for a grade, from the programme's ladder (the defaults when none is given). */
export function optimismBiasFor(
  grade: ConfidenceGrade,
  ladder: Readonly<OptimismBiasLadder> = DEFAULT_OPTIMISM_BIAS,
): number {
  const correction = ladder[grade] as number | undefined;
  if (
    correction === undefined ||
    !Number.isFinite(correction) ||
    correction < 0 ||
    correction >= 1
  ) {
    throw new RangeError(
      `Optimism bias for confidence grade ${grade} must be a number in [0, 1), got ${String(correction)}`,
    );
  }
  return correction;
}

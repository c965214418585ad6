// Rule 3: two of three consecutive points close to a limit, all three on the same side of the
// mean. "Close" is NHSRplotthedots 0.2.2's: beyond a 2-sigma line but not outside the limits.
// (MDC's 2023 change also counts points outside the limits; 0.2.2 does not, and we match 0.2.2.)
import { detectOutsideLimits } from './detect-outside-limits.js';
import { sideOf } from './side-of.js';
import type { SpcFlag, SpcLimits } from './types.js';

/**
 * The side of the mean (+1 / −1) for each close point in a qualifying window of three, null
 * otherwise. Only the close points are flagged, not the third point of the window.
 */
export function detectTwoInThree(
  values: readonly number[],
  limits: Pick<SpcLimits, 'mean' | 'upperLimit' | 'lowerLimit' | 'upperTwoSigma' | 'lowerTwoSigma'>,
): SpcFlag[] {
  const outside = detectOutsideLimits(values, limits);
  const sides = values.map((v) => sideOf(v, limits.mean));
  // Strict: a point exactly on a 2-sigma line is not beyond it.
  const close = values.map(
    (v, i) => outside[i] === null && (v > limits.upperTwoSigma || v < limits.lowerTwoSigma),
  );
  const flags: SpcFlag[] = values.map(() => null);
  for (let w = 0; w + 2 < values.length; w++) {
    const side = sides[w] ?? null;
    if (side === null || sides[w + 1] !== side || sides[w + 2] !== side) continue;
    const closeInWindow = [w, w + 1, w + 2].filter((i) => close[i] === true);
    if (closeInWindow.length < 2) continue;
    for (const i of closeInWindow) flags[i] = side;
  }
  return flags;
}

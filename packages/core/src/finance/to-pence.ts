// Whole pence for the ledger: a line is rounded once, to the penny, half away from zero (the
// rule of roundToPence), and sums of lines are then exact integer arithmetic.
import { roundToPence } from '../money/round.js';

/** Pounds at full precision → whole pence: 1.005 → 101, −2.675 → −268, null → 0. */
export function toPence(pounds: number | null): number {
  if (pounds === null) return 0;
  // roundToPence gives a two-decimal double (1.01); × 100 is within float noise of an integer.
  return Math.round(roundToPence(pounds) * 100);
}

/** Whole pence → pounds with at most two decimals (exact for any sum a programme reaches). */
export function fromPence(pence: number): number {
  const pounds = pence / 100;
  return pounds === 0 ? 0 : pounds;
}

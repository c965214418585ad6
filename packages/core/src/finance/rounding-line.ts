// The "rounding" line of a table whose rows and total are each rounded to the penny for display.
// Figures are computed at full precision and rounded once, when shown (DESIGN.md), so a total is
// the same value wherever it appears; but the rounded rows need not add up to the rounded total.
// Rather than force them to (which would make a row differ from the same figure elsewhere), a
// table shows the difference on its own line, as published accounts do.
import { toPence, fromPence } from './to-pence.js';

/**
 * The shown total less the sum of the shown rows, in pounds (whole pence): 0 when the rounded
 * rows already add up. Rows and total are at full precision; each is rounded half away from zero.
 * Example: three rows of £0.004 and a total of £0.012 show as 0.00 + 0.00 + 0.00 and 0.01, so
 * the rounding line is £0.01.
 */
export function roundingLine(rows: readonly number[], total: number): number {
  const shown = rows.reduce((sum, row) => sum + toPence(row), 0);
  return fromPence(toPence(total) - shown);
}

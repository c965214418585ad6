// What demand would have been without the change: the baseline grown at the business-as-usual
// rate, compounded once per whole financial year from the programme's first year.

/**
 * baseline × (1 + g)^k. `yearIndex` is k: 0 in the programme's first financial year, negative
 * before it (demand then is the baseline discounted back, consistently with the same growth).
 */
export function counterfactual(baseline: number, annualGrowth: number, yearIndex: number): number {
  if (annualGrowth <= -1) {
    throw new RangeError(`Annual growth ${annualGrowth} must be greater than −1`);
  }
  return baseline * (1 + annualGrowth) ** yearIndex;
}

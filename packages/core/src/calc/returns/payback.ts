// Payback: the first financial year in which cumulative benefit has caught up with cumulative
// cost. Pass undiscounted or discounted values to get either basis.

/**
 * The first year index t where Σ_{s ≤ t} (benefit_s − cost_s) ≥ 0, or null if it never is.
 * Arrays are by year index from 0; a year missing from the shorter array counts as 0.
 */
export function paybackYearIndex(
  costsByYear: readonly number[],
  benefitsByYear: readonly number[],
): number | null {
  const years = Math.max(costsByYear.length, benefitsByYear.length);
  let cumulative = 0;
  for (let t = 0; t < years; t++) {
    cumulative += (benefitsByYear[t] ?? 0) - (costsByYear[t] ?? 0);
    if (cumulative >= 0) return t;
  }
  return null;
}

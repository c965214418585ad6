// The two ratios that make places of different size comparable.

/**
 * Demand avoided per 10,000 population: `avoided / population × 10,000` (the convention of the
 * ONS and LG Inform for per-head rates). Null when the population is unknown; a negative figure
 * (more demand than the counterfactual) stays negative.
 */
export function perTenThousand(avoided: number, population: number | null): number | null {
  if (population === null) return null;
  if (!Number.isFinite(population) || population <= 0) {
    throw new RangeError(`the population must be a positive number; got ${population}`);
  }
  return (avoided / population) * 10_000;
}

/**
 * Realised benefit per £ spent: realised benefit to date / costs to date, in the same periods
 * (DESIGN.md's return on investment, read as "£ back per £ in"). Null when nothing has been
 * spent yet, since the ratio has no meaning then.
 */
export function benefitPerPound(realisedBenefit: number, costToDate: number): number | null {
  if (!Number.isFinite(costToDate) || costToDate <= 0) return null;
  return realisedBenefit / costToDate;
}

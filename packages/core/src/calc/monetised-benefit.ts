// Turning improvement into money: u × attribution × unitCost' × (1 − optimismBias) × y
// (DESIGN.md). y is 1 for a flow metric (cost per event) and the period's length in years for a
// stock metric (cost per person per year, held for a month or a quarter).

export interface MonetisationFactors {
  /** Share of the improvement the strand may claim, in (0, 1]. */
  attribution: number;
  /** Unit cost in pounds, uprated to the price base year. */
  upratedUnitCost: number;
  /** Optimism-bias correction in [0, 1). */
  optimismBias: number;
  /** 1 for flow metrics; 1/12, 1/4 or 1 for stock metrics. */
  periodLengthFactor: number;
  /**
   * Share of the improvement that is additional after leakage, displacement, substitution and
   * deadweight (calc/appraisal/additionality.ts); absent means 1.
   */
  additionalityFactor?: number;
}

/**
 * Pounds per unit of improvement: attribution × unitCost' × (1 − optimismBias) × y × additional
 * share. The additional share multiplies last so that 1 leaves today's figures bit for bit.
 */
export function valuePerUnit(f: MonetisationFactors): number {
  return (
    f.attribution *
    f.upratedUnitCost *
    (1 - f.optimismBias) *
    f.periodLengthFactor *
    (f.additionalityFactor ?? 1)
  );
}

/**
 * The benefit of `units` of improvement in pounds. A negative improvement gives a negative
 * benefit (a dis-benefit): it is never clipped, so a strand that makes things worse shows it.
 */
export function monetisedBenefit(f: MonetisationFactors & { units: number }): number {
  return f.units * valuePerUnit(f);
}

// Costs as the Green Book appraises them: in the programme's price base (deflated with the GDP
// deflator exactly as unit costs are, calc/uprating.ts) and, for a forecast, raised by an
// optimism-bias uplift. HM Treasury, Green Book supplementary guidance: optimism bias (2013),
// Table 1, gives upper-bound uplifts on capital costs by project category from Mott MacDonald's
// Review of Large Public Procurement in the UK (2002); they are the starting point at an early
// business case and are to be reduced as risks are managed, so a cost line may state its own
// share, which overrides its category's. The uplift applies to the forecast only: an actual cost
// is what was spent, with no optimism left in it (Green Book 2022 §5.57-5.61: "increase costs").
import type { Cost, CostOptimismBiasCategory, Deflator, FinancialYearLabel } from '../../domain.js';
import { roundHalfAwayFromZero } from '../../money/round.js';
import { deflatorFactor } from '../uprating.js';

/**
 * Upper-bound capital-expenditure uplifts (Green Book supplementary guidance, Table 1). These
 * figures are quoted from the published table as recalled; check them against the guidance
 * before relying on a category default (a pack can always state the share itself).
 */
export const COST_OPTIMISM_BIAS_UPPER_BOUND: Readonly<Record<CostOptimismBiasCategory, number>> =
  Object.freeze({
    'standard-buildings': 0.24,
    'non-standard-buildings': 0.51,
    'standard-civil-engineering': 0.44,
    'non-standard-civil-engineering': 0.66,
    'equipment-development': 2.0,
    outsourcing: 0.41,
  });

export const COST_OPTIMISM_BIAS_CATEGORIES = Object.keys(
  COST_OPTIMISM_BIAS_UPPER_BOUND,
) as CostOptimismBiasCategory[];

/** The uplift share for a cost line: its own share, else its category's upper bound, else 0. */
export function costOptimismBias(
  cost: Pick<Cost, 'optimismBias' | 'optimismBiasCategory'>,
): number {
  const own = cost.optimismBias ?? null;
  if (own !== null) {
    if (!Number.isFinite(own) || own < 0) {
      throw new RangeError(`A cost's optimism bias must be a number of 0 or more, got ${own}`);
    }
    return own;
  }
  const category = cost.optimismBiasCategory ?? null;
  return category === null ? 0 : COST_OPTIMISM_BIAS_UPPER_BOUND[category];
}

export interface AppraisedCost {
  /** The line as given. */
  given: Cost;
  /** index(price base) / index(the line's price year); 1 when it has none or the same year. */
  deflatorFactor: number;
  optimismBias: number;
  /** The line in the price base with the uplift on its forecast, in whole pence. */
  cost: Cost;
}

/**
 * forecast' = forecast × deflatorFactor × (1 + optimismBias), actual' = actual × deflatorFactor,
 * each rounded half away from zero to whole pence (costs are stored and summed in pence). A
 * line with neither a price year nor an uplift comes back with the same amounts.
 */
export function appraiseCost(
  cost: Cost,
  deflators: readonly Deflator[],
  priceBaseYear: FinancialYearLabel,
): AppraisedCost {
  const priceYear = cost.priceYear ?? null;
  const factor =
    priceYear === null
      ? 1
      : deflatorFactor(
          deflators,
          priceYear,
          priceBaseYear,
          `the ${cost.financialYear} ${cost.kind} cost of ${cost.partnerId} to ${cost.strandId}`,
        );
  const optimismBias = costOptimismBias(cost);
  const forecastPence = roundHalfAwayFromZero(cost.forecastPence * factor * (1 + optimismBias), 0);
  const actualPence =
    cost.actualPence === null ? null : roundHalfAwayFromZero(cost.actualPence * factor, 0);
  return {
    given: cost,
    deflatorFactor: factor,
    optimismBias,
    cost: { ...cost, forecastPence, actualPence },
  };
}

/** Every cost line appraised (see appraiseCost), in the order given. */
export function appraiseCosts(
  costs: readonly Cost[],
  deflators: readonly Deflator[],
  priceBaseYear: FinancialYearLabel,
): AppraisedCost[] {
  return costs.map((c) => appraiseCost(c, deflators, priceBaseYear));
}

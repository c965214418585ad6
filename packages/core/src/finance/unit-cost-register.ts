// The unit-cost register: every unit cost with the uprating and optimism-bias correction the
// evaluator applies to it (the same functions buildMonetisation uses), and the metrics it prices.
import type { ProgrammeData, UnitCost } from '../domain.js';
import { optimismBiasFor } from '../calc/optimism-bias.js';
import { deflatorFactor } from '../calc/uprating.js';
import { penceToPounds } from '../money/pence.js';

export interface RegisteredUnitCost {
  unitCost: UnitCost;
  /** Pounds in the unit cost's own price year. */
  valueAsPriced: number;
  /** index(price base year) / index(price year). */
  deflatorFactor: number;
  /** valueAsPriced × deflatorFactor: pounds in the programme's price base year. */
  upratedValue: number;
  /** The programme's correction for the unit cost's confidence grade. */
  optimismBias: number;
  /** upratedValue × (1 − optimismBias): what one unit is worth before attribution. */
  valueAfterOptimismBias: number;
  metrics: { id: string; name: string; strandId: string; attribution: number }[];
}

/** Every unit cost of the programme, in the pack's order. */
export function unitCostRegister(data: ProgrammeData): RegisteredUnitCost[] {
  const { programme } = data;
  return data.unitCosts.map((unitCost) => {
    const valueAsPriced = penceToPounds(unitCost.valuePence);
    const factor = deflatorFactor(
      data.deflators,
      unitCost.priceYear,
      programme.priceBaseYear,
      `unit cost '${unitCost.id}'`,
    );
    const upratedValue = valueAsPriced * factor;
    const optimismBias = optimismBiasFor(unitCost.confidenceGrade, programme.optimismBias);
    return {
      unitCost,
      valueAsPriced,
      deflatorFactor: factor,
      upratedValue,
      optimismBias,
      valueAfterOptimismBias: upratedValue * (1 - optimismBias),
      metrics: data.metrics
        .filter((m) => m.unitCostId === unitCost.id)
        .map((m) => ({ id: m.id, name: m.name, strandId: m.strandId, attribution: m.attribution })),
    };
  });
}

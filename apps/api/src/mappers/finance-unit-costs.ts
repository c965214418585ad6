// The unit-cost register: values in pounds (rounded to pence), factors unrounded.
import type { UnitCostRegister } from '@outcomes/contract';
import { roundToPence, unitCostRegister, type ProgrammeData } from '@outcomes/core';

export function toUnitCostRegister(data: ProgrammeData): UnitCostRegister {
  const partnerName = (id: string) => data.partners.find((p) => p.id === id)?.name ?? id;
  return {
    programmeId: data.programme.id,
    priceBaseYear: data.programme.priceBaseYear,
    unitCosts: unitCostRegister(data).map((r) => ({
      id: r.unitCost.id,
      name: r.unitCost.name,
      per: r.unitCost.per,
      valueAsPriced: roundToPence(r.valueAsPriced),
      priceYear: r.unitCost.priceYear,
      source: r.unitCost.source,
      category: r.unitCost.category,
      confidenceGrade: r.unitCost.confidenceGrade,
      optimismBias: r.optimismBias,
      deflatorFactor: r.deflatorFactor,
      upratedValue: roundToPence(r.upratedValue),
      valueAfterOptimismBias: roundToPence(r.valueAfterOptimismBias),
      cashableShare: r.unitCost.cashableShare,
      bearers: r.unitCost.bearers.map((b) => ({
        partnerId: b.partnerId,
        name: partnerName(b.partnerId),
        share: b.share,
      })),
      metrics: r.metrics.map((m) => ({ ...m })),
    })),
  };
}

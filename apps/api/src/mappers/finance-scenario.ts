// Base and scenario side by side: money rounded to pence, ratios unrounded.
import type { ScenarioComparison, ScenarioRequest } from '@outcomes/contract';
import { roundToPence, type ScenarioComparison as CoreComparison } from '@outcomes/core';
import { roundOrNull } from './money.js';

export function toScenarioComparison(
  programmeId: string,
  overrides: ScenarioRequest,
  c: CoreComparison,
): ScenarioComparison {
  const money = (v: { base: number; scenario: number; change: number }) => ({
    base: roundToPence(v.base),
    scenario: roundToPence(v.scenario),
    change: roundToPence(v.change),
  });
  return {
    programmeId,
    asOf: c.asOf,
    overrides,
    discountRate: { ...c.discountRate },
    figures: c.figures.map((f) =>
      f.kind === 'money'
        ? {
            key: f.key,
            kind: f.kind,
            base: roundOrNull(f.base),
            scenario: roundOrNull(f.scenario),
            change: roundOrNull(f.change),
          }
        : { ...f },
    ),
    paybackYear: {
      businessCase: { ...c.paybackYear.businessCase },
      businessCaseDiscounted: { ...c.paybackYear.businessCaseDiscounted },
      realisedToDate: { ...c.paybackYear.realisedToDate },
    },
    strands: c.strands.map((s) => ({
      id: s.strandId,
      name: s.name,
      realisedBenefitToDate: money(s.realisedBenefitToDate),
      forecastBenefitWholeCase: money(s.forecastBenefitWholeCase),
    })),
  };
}

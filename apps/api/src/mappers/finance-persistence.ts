// The returns answer's persistence block: money rounded to pence, ratios unrounded.
import type { PersistenceBlock } from '@outcomes/contract';
import { roundToPence, type PersistenceFigures, type PersistenceReturns } from '@outcomes/core';

const figures = (f: PersistenceFigures) => ({
  firstYearValue: roundToPence(f.firstYearValue),
  withinProgramme: roundToPence(f.withinProgramme),
  afterProgramme: roundToPence(f.afterProgramme),
  presentValueWithoutPersistence: roundToPence(f.presentValueWithoutPersistence),
  presentValue: roundToPence(f.presentValue),
});

export function toPersistenceBlock(p: PersistenceReturns): PersistenceBlock {
  return {
    lastProgrammeYear: p.lastProgrammeYear,
    metrics: p.metrics.map((m) => ({
      metricId: m.metricId,
      name: m.name,
      strandId: m.strandId,
      profile: {
        lagYears: m.profile.lagYears,
        persistenceYears: m.profile.persistenceYears,
        dropOffRate: m.profile.dropOffRate,
        source: m.profile.source,
      },
      ...figures(m),
    })),
    programme: {
      ...figures(p.programme),
      presentValueCost: roundToPence(p.programme.presentValueCost),
      netPresentValueWithoutPersistence: roundToPence(
        p.programme.netPresentValueWithoutPersistence,
      ),
      netPresentValue: roundToPence(p.programme.netPresentValue),
      discountedReturnOnInvestment: p.programme.discountedReturnOnInvestment,
    },
    years: p.years.map((y) => ({
      financialYear: y.financialYear,
      yearIndex: y.yearIndex,
      afterProgramme: y.afterProgramme,
      benefitAsAchieved: roundToPence(y.benefitAsAchieved),
      benefitWithPersistence: roundToPence(y.benefitWithPersistence),
    })),
  };
}

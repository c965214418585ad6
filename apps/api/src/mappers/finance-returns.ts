// Costs and returns by financial year: money rounded to pence, ratios and discount factors
// unrounded.
import type { ProgrammeReturns, ReturnsBasis, ReturnsBlock, ReturnsYear } from '@outcomes/contract';
import {
  financePersistence,
  financeReturns,
  roundToPence,
  type FinanceEvaluation,
  type FinancialReturns,
  type ReturnsBasis as CoreBasis,
  type ReturnsYear as CoreYear,
} from '@outcomes/core';
import { toPersistenceBlock } from './finance-persistence.js';
import { roundOrNull } from './money.js';

function toYear(y: CoreYear): ReturnsYear {
  return {
    financialYear: y.financialYear,
    yearIndex: y.yearIndex,
    discountFactor: y.discountFactor,
    started: y.started,
    ended: y.ended,
    costToDateFraction: y.costToDateFraction,
    costBasis: y.costBasis,
    forecastTransitionCost: roundToPence(y.forecastTransitionCost),
    forecastRunningCost: roundToPence(y.forecastRunningCost),
    forecastCost: roundToPence(y.forecastCost),
    actualTransitionCost: roundOrNull(y.actualTransitionCost),
    actualRunningCost: roundOrNull(y.actualRunningCost),
    actualCost: roundOrNull(y.actualCost),
    actualCostsNotKnown: y.actualCostsNotKnown,
    forecastBenefit: roundToPence(y.forecastBenefit),
    forecastBenefitToDate: roundToPence(y.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(y.realisedBenefitToDate),
    forecastNet: roundToPence(y.forecastNet),
    cumulativeForecastNet: roundToPence(y.cumulativeForecastNet),
    realisedNet: roundOrNull(y.realisedNet),
    cumulativeRealisedNet: roundOrNull(y.cumulativeRealisedNet),
    presentValue: {
      forecastCost: roundToPence(y.presentValue.forecastCost),
      forecastBenefit: roundToPence(y.presentValue.forecastBenefit),
      actualCost: roundOrNull(y.presentValue.actualCost),
      realisedBenefit: roundOrNull(y.presentValue.realisedBenefit),
    },
  };
}

export function toReturnsBasis(b: CoreBasis): ReturnsBasis {
  return {
    cost: roundToPence(b.cost),
    benefit: roundToPence(b.benefit),
    net: roundToPence(b.net),
    returnOnInvestment: b.returnOnInvestment,
    paybackYear: b.paybackYear,
    presentValueCost: roundToPence(b.presentValueCost),
    presentValueBenefit: roundToPence(b.presentValueBenefit),
    netPresentValue: roundToPence(b.netPresentValue),
    discountedReturnOnInvestment: b.discountedReturnOnInvestment,
    discountedPaybackYear: b.discountedPaybackYear,
  };
}

function toBlock(id: string, name: string, r: FinancialReturns): ReturnsBlock {
  return {
    id,
    name,
    years: r.years.map(toYear),
    businessCase: toReturnsBasis(r.businessCase),
    realisedToDate: toReturnsBasis(r.realisedToDate),
  };
}

export function toProgrammeReturns(f: FinanceEvaluation): ProgrammeReturns {
  const { programme, strands } = financeReturns(f);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    discountRate: f.data.programme.discountRate,
    programme: toBlock('programme', f.data.programme.name, programme),
    strands: strands.map((s) => toBlock(s.strandId, s.name, s.returns)),
    persistence: toPersistenceBlock(financePersistence(f, programme.businessCase)),
  };
}

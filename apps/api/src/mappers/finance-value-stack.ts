// The value stack answer: core's figures with money rounded to pence and ratios unrounded.
import type {
  ProgrammeValueStack,
  ValueParts,
  ValueStackBasis,
  ValueStackBlock,
} from '@outcomes/contract';
import {
  financeValueStack,
  roundToPence,
  type FinanceEvaluation,
  type ValueParts as CoreParts,
  type ValueStack,
  type ValueStackBasis as CoreBasis,
} from '@outcomes/core';

function toParts(p: CoreParts): ValueParts {
  return {
    fiscal: roundToPence(p.fiscal),
    economic: roundToPence(p.economic),
    social: roundToPence(p.social),
    total: roundToPence(p.total),
  };
}

function toBasis(b: CoreBasis): ValueStackBasis {
  return {
    value: toParts(b.value),
    presentValue: toParts(b.presentValue),
    cost: roundToPence(b.cost),
    presentValueCost: roundToPence(b.presentValueCost),
    financialReturnOnInvestment: b.financialReturnOnInvestment,
    publicValueReturnOnInvestment: b.publicValueReturnOnInvestment,
    discountedFinancialReturnOnInvestment: b.discountedFinancialReturnOnInvestment,
    discountedPublicValueReturnOnInvestment: b.discountedPublicValueReturnOnInvestment,
    netPresentBudgetImpact: roundToPence(b.netPresentBudgetImpact),
    netPresentPublicValue: roundToPence(b.netPresentPublicValue),
  };
}

const toBlock = (id: string, name: string, s: ValueStack): ValueStackBlock => ({
  id,
  name,
  businessCase: toBasis(s.businessCase),
  realisedToDate: toBasis(s.realisedToDate),
});

export function toProgrammeValueStack(f: FinanceEvaluation): ProgrammeValueStack {
  const stack = financeValueStack(f);
  const pair = (p: { value: CoreParts; presentValue: CoreParts }) => ({
    value: toParts(p.value),
    presentValue: toParts(p.presentValue),
  });
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    discountRate: f.data.programme.discountRate,
    programme: toBlock('programme', f.data.programme.name, stack.programme),
    strands: stack.strands.map((s) => toBlock(s.strandId, s.name, s.stack)),
    outcomes: stack.outcomes.map((o) => ({
      outcomeId: o.outcomeId,
      name: o.name,
      businessCase: pair(o.businessCase),
      realisedToDate: pair(o.realisedToDate),
    })),
  };
}

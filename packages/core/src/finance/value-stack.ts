// The value stack of the GMCA (New Economy) cost-benefit model, adopted as Green Book
// supplementary guidance in 2014 (methods.md §1.2, §1.4): a benefit has a fiscal part (a change
// in public spending, split by bearer and cashable share), an economic part (gains to people and
// firms, such as earnings) and a social part (health and well-being). Two returns are set side
// by side, both on present values (Green Book discounting, t = 0 in the first year):
//   financial ROI     = PV(fiscal) / PV(cost)
//   public-value ROI  = PV(fiscal + economic + social) / PV(cost)
// with net present budget impact PV(fiscal) − PV(cost) and net present public value
// PV(all three) − PV(cost). The undiscounted ratios are given too, beside today's ROI.
//
// A unit cost's `value_gbp` is its part in its own category; its optional economic and social
// parts are in the same price year, so each is the line's benefit × part / value (every other
// factor — improvement, attribution, uprating, optimism bias, additionality — is the same).
import type { BenefitCategory, FinancialYearLabel, UnitCost } from '../domain.js';
import { returnOnInvestment } from '../calc/returns/return-on-investment.js';
import { financialYearIndex } from '../periods/financial-year.js';
import { discountFactor } from './discount-factor.js';
import type { ReturnsBasis } from './financial-returns.js';
import { lineAmount } from './ledger.js';
import type { BenefitLine, LedgerMeasure } from './types.js';

export interface ValueParts {
  fiscal: number;
  economic: number;
  social: number;
  /** fiscal + economic + social. */
  total: number;
}

const zero = (): ValueParts => ({ fiscal: 0, economic: 0, social: 0, total: 0 });

/** The economic and social parts of a unit cost as shares of its own value (0 when absent). */
export function stackRatios(unitCost: UnitCost): Record<BenefitCategory, number> {
  const ratios: Record<BenefitCategory, number> = { fiscal: 0, economic: 0, social: 0 };
  ratios[unitCost.category] = 1;
  const add = (category: BenefitCategory, pence: number | null | undefined) => {
    if (pence === null || pence === undefined || pence === 0) return;
    if (category === unitCost.category) {
      throw new Error(
        `Unit cost '${unitCost.id}' is ${category} and also has a separate ${category} part`,
      );
    }
    ratios[category] = pence / unitCost.valuePence;
  };
  add('economic', unitCost.economicPence);
  add('social', unitCost.socialPence);
  return ratios;
}

/** One line's amount for a measure split into the three parts (all 0 when it does not count). */
export function lineValueParts(
  line: BenefitLine,
  unitCost: UnitCost,
  measure: LedgerMeasure,
): ValueParts {
  const amount = lineAmount(line, measure) ?? 0;
  const r = stackRatios(unitCost);
  const parts = {
    fiscal: amount * r.fiscal,
    economic: amount * r.economic,
    social: amount * r.social,
  };
  return { ...parts, total: parts.fiscal + parts.economic + parts.social };
}

function addInto(into: ValueParts, p: ValueParts, factor = 1): void {
  into.fiscal += p.fiscal * factor;
  into.economic += p.economic * factor;
  into.social += p.social * factor;
  into.total += p.total * factor;
}

export interface ValueStackBasis {
  /** Undiscounted sums over the lines. */
  value: ValueParts;
  /** Each line discounted by its financial year's index. */
  presentValue: ValueParts;
  cost: number;
  presentValueCost: number;
  /** fiscal / cost and total / cost, undiscounted; null when nothing was spent. */
  financialReturnOnInvestment: number | null;
  publicValueReturnOnInvestment: number | null;
  /** PV(fiscal) / PV(cost) and PV(total) / PV(cost): the GMCA model's headline ratios. */
  discountedFinancialReturnOnInvestment: number | null;
  discountedPublicValueReturnOnInvestment: number | null;
  /** PV(fiscal) − PV(cost). */
  netPresentBudgetImpact: number;
  /** PV(total) − PV(cost). */
  netPresentPublicValue: number;
}

export interface ValueStackInput {
  programme: { firstFinancialYear: FinancialYearLabel; discountRate: number };
  unitCosts: readonly UnitCost[];
  lines: readonly BenefitLine[];
}

/** Undiscounted and present-value parts of the lines for one measure. */
export function stackedValue(
  { programme, unitCosts, lines }: ValueStackInput,
  measure: LedgerMeasure,
): { value: ValueParts; presentValue: ValueParts } {
  const byId = new Map(unitCosts.map((u) => [u.id, u]));
  const value = zero();
  const presentValue = zero();
  for (const line of lines) {
    const unitCost = byId.get(line.unitCostId);
    if (!unitCost) throw new Error(`Benefit line refers to unknown unit cost '${line.unitCostId}'`);
    const parts = lineValueParts(line, unitCost, measure);
    const t = financialYearIndex(line.financialYear, programme.firstFinancialYear);
    addInto(value, parts);
    addInto(presentValue, parts, discountFactor(t, programme.discountRate));
  }
  return { value, presentValue };
}

/** The stack for one measure set against one returns basis's costs. */
export function valueStackBasis(
  stacked: { value: ValueParts; presentValue: ValueParts },
  costs: Pick<ReturnsBasis, 'cost' | 'presentValueCost'>,
): ValueStackBasis {
  const { value, presentValue } = stacked;
  return {
    value,
    presentValue,
    cost: costs.cost,
    presentValueCost: costs.presentValueCost,
    financialReturnOnInvestment: returnOnInvestment(value.fiscal, costs.cost),
    publicValueReturnOnInvestment: returnOnInvestment(value.total, costs.cost),
    discountedFinancialReturnOnInvestment: returnOnInvestment(
      presentValue.fiscal,
      costs.presentValueCost,
    ),
    discountedPublicValueReturnOnInvestment: returnOnInvestment(
      presentValue.total,
      costs.presentValueCost,
    ),
    netPresentBudgetImpact: presentValue.fiscal - costs.presentValueCost,
    netPresentPublicValue: presentValue.total - costs.presentValueCost,
  };
}

export interface ValueStack {
  /** Whole-case forecast benefits against forecast costs. */
  businessCase: ValueStackBasis;
  /** Realised benefits to date against costs to date. */
  realisedToDate: ValueStackBasis;
}

/** Both bases of the stack, with the costs of the matching financialReturns bases. */
export function valueStack(
  input: ValueStackInput,
  returns: { businessCase: ReturnsBasis; realisedToDate: ReturnsBasis },
): ValueStack {
  return {
    businessCase: valueStackBasis(
      stackedValue(input, 'forecastBenefitWholeCase'),
      returns.businessCase,
    ),
    realisedToDate: valueStackBasis(
      stackedValue(input, 'realisedBenefitToDate'),
      returns.realisedToDate,
    ),
  };
}

export interface OutcomeValue {
  outcomeId: string;
  /** Whole-case forecast and realised-to-date parts, undiscounted and present values. */
  businessCase: { value: ValueParts; presentValue: ValueParts };
  realisedToDate: { value: ValueParts; presentValue: ValueParts };
}

/**
 * Per outcome of the framework, the fiscal, economic and social value of its metrics' lines.
 * Costs are borne by strands, not outcomes, so the returns are per strand and programme.
 */
export function valueByOutcome(
  input: ValueStackInput,
  outcomeIds: readonly string[],
): OutcomeValue[] {
  return outcomeIds.map((outcomeId) => {
    const scoped = { ...input, lines: input.lines.filter((l) => l.outcomeId === outcomeId) };
    return {
      outcomeId,
      businessCase: stackedValue(scoped, 'forecastBenefitWholeCase'),
      realisedToDate: stackedValue(scoped, 'realisedBenefitToDate'),
    };
  });
}

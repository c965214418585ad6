// Costs and returns by financial year, on two bases: the business case as a whole (forecast
// costs, whole-case forecast benefits) and realised to date (actual costs of the years that have
// ended, realised benefits of comparable periods to date — the summary's own convention). Net,
// cumulative net, return on investment, payback year and present values at the discount rate.
import type { Cost, FinancialYearLabel, IsoDate, Programme } from '../domain.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { paybackYearIndex } from '../calc/returns/payback.js';
import { presentValue } from '../calc/returns/present-value.js';
import { returnOnInvestment } from '../calc/returns/return-on-investment.js';
import {
  financialYearEnd,
  financialYearIndex,
  financialYearLabel,
  financialYearStart,
  requireFinancialYear,
} from '../periods/financial-year.js';
import { parseIsoDate } from '../periods/iso-date.js';
import { discountFactor } from './discount-factor.js';
import { lineAmountPence } from './ledger.js';
import { fromPence, toPence } from './to-pence.js';
import type { BenefitLine, LedgerMeasure } from './types.js';

export interface ReturnsYear {
  financialYear: FinancialYearLabel;
  /** t: 0 for the programme's first year. */
  yearIndex: number;
  /** 1 / (1 + r)^t. */
  discountFactor: number;
  /** Started on or before the as-of date: part of the realised-to-date basis. */
  started: boolean;
  /** Ended on or before the as-of date: its actual costs count. */
  ended: boolean;
  forecastTransitionCost: number;
  forecastRunningCost: number;
  forecastCost: number;
  /** Known actuals of an ended year (null until the year has ended). */
  actualTransitionCost: number | null;
  actualRunningCost: number | null;
  actualCost: number | null;
  /** Cost rows of an ended year whose actual is not yet known (counted as nothing spent). */
  actualCostsNotKnown: number;
  /** Whole-case forecast benefit of the year's periods. */
  forecastBenefit: number;
  forecastBenefitToDate: number;
  realisedBenefitToDate: number;
  forecastNet: number;
  cumulativeForecastNet: number;
  /** Realised benefit less actual cost; null for a year not yet started. */
  realisedNet: number | null;
  cumulativeRealisedNet: number | null;
  presentValue: {
    forecastCost: number;
    forecastBenefit: number;
    actualCost: number | null;
    realisedBenefit: number | null;
  };
}

export interface ReturnsBasis {
  cost: number;
  benefit: number;
  /** benefit − cost. */
  net: number;
  /** benefit / cost; null when nothing was spent. */
  returnOnInvestment: number | null;
  /** First year whose cumulative net is ≥ 0; null if none. */
  paybackYear: FinancialYearLabel | null;
  presentValueCost: number;
  presentValueBenefit: number;
  netPresentValue: number;
  discountedReturnOnInvestment: number | null;
  discountedPaybackYear: FinancialYearLabel | null;
}

export interface FinancialReturns {
  discountRate: number;
  years: ReturnsYear[];
  businessCase: ReturnsBasis;
  realisedToDate: ReturnsBasis;
}

export interface ReturnsInput {
  programme: Pick<Programme, 'firstFinancialYear' | 'years' | 'discountRate'>;
  asOf: IsoDate;
  /** The cost rows in scope (a strand's, or the programme's). */
  costs: readonly Cost[];
  /** The benefit lines in scope. */
  lines: readonly BenefitLine[];
}

const penceOf = (lines: readonly BenefitLine[], measure: LedgerMeasure): number =>
  lines.reduce((sum, l) => sum + (lineAmountPence(l, measure) ?? 0), 0);

/** Σ v_t / (1 + r)^t over consecutive years starting at year index `firstIndex` (may be < 0). */
function presentValueFrom(values: readonly number[], firstIndex: number, rate: number): number {
  // presentValue discounts from t = 0; moving the whole series by firstIndex years is one factor.
  return presentValue(values, rate) * discountFactor(firstIndex, rate);
}

function basis(
  labels: readonly FinancialYearLabel[],
  firstIndex: number,
  rate: number,
  costs: readonly number[],
  benefits: readonly number[],
): ReturnsBasis {
  const cost = fromPence(costs.reduce((s, c) => s + toPence(c), 0));
  const benefit = fromPence(benefits.reduce((s, b) => s + toPence(b), 0));
  const presentValueCost = presentValueFrom(costs, firstIndex, rate);
  const presentValueBenefit = presentValueFrom(benefits, firstIndex, rate);
  const discounted = (values: readonly number[]) =>
    values.map((v, i) => v * discountFactor(firstIndex + i, rate));
  const payback = paybackYearIndex(costs, benefits);
  const discountedPayback = paybackYearIndex(discounted(costs), discounted(benefits));
  return {
    cost,
    benefit,
    net: fromPence(toPence(benefit) - toPence(cost)),
    returnOnInvestment: returnOnInvestment(benefit, cost),
    paybackYear: payback === null ? null : (labels[payback] ?? null),
    presentValueCost,
    presentValueBenefit,
    netPresentValue: presentValueBenefit - presentValueCost,
    discountedReturnOnInvestment: returnOnInvestment(presentValueBenefit, presentValueCost),
    discountedPaybackYear: discountedPayback === null ? null : (labels[discountedPayback] ?? null),
  };
}

/**
 * Returns by financial year for the costs and lines given. The years run without a gap from the
 * earlier of the programme's first year and any year with money, to the later of the business
 * case's last year and any year with money. Money sums are exact in pence (benefits as the sum
 * of pence-rounded lines, like the ledger); present values and ratios are at full precision.
 */
export function financialReturns({
  programme,
  asOf,
  costs,
  lines,
}: ReturnsInput): FinancialReturns {
  parseIsoDate(asOf, 'as-of date');
  const first = programme.firstFinancialYear;
  const rate = programme.discountRate;
  const indexes = [
    0,
    programme.years - 1,
    ...costs.map((c) => financialYearIndex(c.financialYear, first)),
    ...lines.map((l) => financialYearIndex(l.financialYear, first)),
  ];
  const firstIndex = Math.min(...indexes);
  const lastIndex = Math.max(...indexes);
  const firstStart = requireFinancialYear(first);

  let cumulativeForecast = 0;
  let cumulativeRealised = 0;
  const years: ReturnsYear[] = [];
  for (let t = firstIndex; t <= lastIndex; t++) {
    const financialYear = financialYearLabel(firstStart + t);
    const yearCosts = costs.filter((c) => c.financialYear === financialYear);
    const yearLines = lines.filter((l) => l.financialYear === financialYear);
    const factor = discountFactor(t, rate);
    const started = financialYearStart(financialYear) <= asOf;
    // A year's costs are final once it has ended (31 March on or before the as-of date).
    const ended = financialYearEnd(financialYear) <= asOf;

    const forecastOf = (kind: Cost['kind']) =>
      yearCosts.filter((c) => c.kind === kind).reduce((s, c) => s + c.forecastPence, 0);
    const forecastTransition = forecastOf('transition');
    const forecastRunning = forecastOf('running');
    const actualOf = (kind: Cost['kind']) =>
      toPence(
        costsToDate(
          yearCosts.filter((c) => c.kind === kind),
          asOf,
        ),
      );
    const actualTransition = ended ? actualOf('transition') : null;
    const actualRunning = ended ? actualOf('running') : null;
    const actual =
      actualTransition === null || actualRunning === null ? null : actualTransition + actualRunning;

    const forecastBenefit = penceOf(yearLines, 'forecastBenefitWholeCase');
    const realised = penceOf(yearLines, 'realisedBenefitToDate');
    const forecastNet = forecastBenefit - (forecastTransition + forecastRunning);
    cumulativeForecast += forecastNet;
    const realisedNet = started ? realised - (actual ?? 0) : null;
    if (realisedNet !== null) cumulativeRealised += realisedNet;

    years.push({
      financialYear,
      yearIndex: t,
      discountFactor: factor,
      started,
      ended,
      forecastTransitionCost: fromPence(forecastTransition),
      forecastRunningCost: fromPence(forecastRunning),
      forecastCost: fromPence(forecastTransition + forecastRunning),
      actualTransitionCost: actualTransition === null ? null : fromPence(actualTransition),
      actualRunningCost: actualRunning === null ? null : fromPence(actualRunning),
      actualCost: actual === null ? null : fromPence(actual),
      actualCostsNotKnown: ended ? yearCosts.filter((c) => c.actualPence === null).length : 0,
      forecastBenefit: fromPence(forecastBenefit),
      forecastBenefitToDate: fromPence(penceOf(yearLines, 'forecastBenefitToDate')),
      realisedBenefitToDate: fromPence(realised),
      forecastNet: fromPence(forecastNet),
      cumulativeForecastNet: fromPence(cumulativeForecast),
      realisedNet: realisedNet === null ? null : fromPence(realisedNet),
      cumulativeRealisedNet: realisedNet === null ? null : fromPence(cumulativeRealised),
      presentValue: {
        forecastCost: fromPence(forecastTransition + forecastRunning) * factor,
        forecastBenefit: fromPence(forecastBenefit) * factor,
        actualCost: actual === null ? (started ? 0 : null) : fromPence(actual) * factor,
        realisedBenefit: started ? fromPence(realised) * factor : null,
      },
    });
  }

  const labels = years.map((y) => y.financialYear);
  const businessCase = basis(
    labels,
    firstIndex,
    rate,
    years.map((y) => y.forecastCost),
    years.map((y) => y.forecastBenefit),
  );
  const started = years.filter((y) => y.started);
  const realisedToDate = basis(
    started.map((y) => y.financialYear),
    firstIndex,
    rate,
    started.map((y) => y.actualCost ?? 0),
    started.map((y) => y.realisedBenefitToDate),
  );
  return { discountRate: rate, years, businessCase, realisedToDate };
}

// Costs and returns by financial year, on two bases: the business case as a whole (forecast
// costs, whole-case forecast benefits) and realised to date — benefits and costs of the same
// periods: realised benefits of the periods ended by the as-of date, and each year's cost in
// proportion to its days ended by then (its actual where known, else its forecast; see
// costs-to-date.ts). Net, cumulative net, return on investment, payback year and present values
// at the discount rate (Green Book discounting by financial-year index).
import type { Cost, FinancialYearLabel, IsoDate, Programme } from '../domain.js';
import {
  costToDate,
  financialYearFractionEnded,
  type CostBasis,
} from '../calc/returns/costs-to-date.js';
import { paybackYearIndex } from '../calc/returns/payback.js';
import { presentValue } from '../calc/returns/present-value.js';
import { returnOnInvestment } from '../calc/returns/return-on-investment.js';
import {
  financialYearIndex,
  financialYearLabel,
  requireFinancialYear,
} from '../periods/financial-year.js';
import { parseIsoDate } from '../periods/iso-date.js';
import { discountFactor } from './discount-factor.js';
import { sumLines } from './ledger.js';
import { fromPence } from './to-pence.js';
import type { BenefitLine } from './types.js';

export interface ReturnsYear {
  financialYear: FinancialYearLabel;
  /** t: 0 for the programme's first year. */
  yearIndex: number;
  /** 1 / (1 + r)^t. */
  discountFactor: number;
  /** Started on or before the as-of date: part of the realised-to-date basis. */
  started: boolean;
  /** Ended on or before the as-of date: its costs count whole. */
  ended: boolean;
  /** Days of the year ended by the as-of date ÷ days in the year: the share of its cost counted. */
  costToDateFraction: number;
  /**
   * What the year's cost to date is a share of: every row's actual, every row's forecast (no
   * actual known yet), a mix of the two, or null for a year not started or without cost rows.
   */
  costBasis: CostBasis | 'mixed' | null;
  forecastTransitionCost: number;
  forecastRunningCost: number;
  forecastCost: number;
  /**
   * Cost to date: each row's actual (else forecast) × costToDateFraction. Null for a year not
   * yet started.
   */
  actualTransitionCost: number | null;
  actualRunningCost: number | null;
  actualCost: number | null;
  /** Cost rows of a started year whose actual is not yet known (their forecast is counted). */
  actualCostsNotKnown: number;
  /** Whole-case forecast benefit of the year's periods. */
  forecastBenefit: number;
  forecastBenefitToDate: number;
  realisedBenefitToDate: number;
  forecastNet: number;
  cumulativeForecastNet: number;
  /** Realised benefit less cost to date; null for a year not yet started. */
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
  const cost = costs.reduce((s, c) => s + c, 0);
  const benefit = benefits.reduce((s, b) => s + b, 0);
  const presentValueCost = presentValueFrom(costs, firstIndex, rate);
  const presentValueBenefit = presentValueFrom(benefits, firstIndex, rate);
  const discounted = (values: readonly number[]) =>
    values.map((v, i) => v * discountFactor(firstIndex + i, rate));
  const payback = paybackYearIndex(costs, benefits);
  const discountedPayback = paybackYearIndex(discounted(costs), discounted(benefits));
  return {
    cost,
    benefit,
    net: benefit - cost,
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
 * case's last year and any year with money. Costs are sums of whole pence; benefits are sums of
 * the lines at full precision (sumLines, as the ledger's totals are: rounded only when shown), so
 * a year's benefit is the ledger's to the penny; present values and ratios are at full precision.
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
    const costToDateFraction = financialYearFractionEnded(financialYear, asOf);
    const started = costToDateFraction > 0;
    const ended = costToDateFraction === 1;

    const forecastOf = (kind: Cost['kind']) =>
      fromPence(yearCosts.filter((c) => c.kind === kind).reduce((s, c) => s + c.forecastPence, 0));
    const forecastTransition = forecastOf('transition');
    const forecastRunning = forecastOf('running');
    const toDateOf = (kind: Cost['kind']) =>
      yearCosts.filter((c) => c.kind === kind).reduce((s, c) => s + costToDate(c, asOf).amount, 0);
    const toDateTransition = started ? toDateOf('transition') : null;
    const toDateRunning = started ? toDateOf('running') : null;
    const toDate =
      toDateTransition === null || toDateRunning === null ? null : toDateTransition + toDateRunning;
    const notKnown = yearCosts.filter((c) => c.actualPence === null).length;
    const costBasis: ReturnsYear['costBasis'] =
      !started || yearCosts.length === 0
        ? null
        : notKnown === 0
          ? 'actual'
          : notKnown === yearCosts.length
            ? 'forecast'
            : 'mixed';

    const forecastBenefit = sumLines(yearLines, 'forecastBenefitWholeCase');
    const realised = sumLines(yearLines, 'realisedBenefitToDate');
    const forecastCost = forecastTransition + forecastRunning;
    const forecastNet = forecastBenefit - forecastCost;
    cumulativeForecast += forecastNet;
    const realisedNet = toDate === null ? null : realised - toDate;
    if (realisedNet !== null) cumulativeRealised += realisedNet;

    years.push({
      financialYear,
      yearIndex: t,
      discountFactor: factor,
      started,
      ended,
      costToDateFraction,
      costBasis,
      forecastTransitionCost: forecastTransition,
      forecastRunningCost: forecastRunning,
      forecastCost,
      actualTransitionCost: toDateTransition,
      actualRunningCost: toDateRunning,
      actualCost: toDate,
      actualCostsNotKnown: started ? notKnown : 0,
      forecastBenefit,
      forecastBenefitToDate: sumLines(yearLines, 'forecastBenefitToDate'),
      realisedBenefitToDate: realised,
      forecastNet,
      cumulativeForecastNet: cumulativeForecast,
      realisedNet,
      cumulativeRealisedNet: realisedNet === null ? null : cumulativeRealised,
      presentValue: {
        forecastCost: forecastCost * factor,
        forecastBenefit: forecastBenefit * factor,
        actualCost: toDate === null ? null : toDate * factor,
        realisedBenefit: started ? realised * factor : null,
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

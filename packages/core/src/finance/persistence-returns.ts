// The business case with each metric's lag, persistence and drop-off (issue 18; the GMCA CBA
// model's profile, calc/appraisal/persistence.ts). Every other figure counts a benefit once, in
// the year it is achieved; here a metric with a profile keeps some value in later years, so a
// stock-and-flow saving beyond the programme's years can be appraised. The value realised after
// the programme's last year is shown apart from the value within it, and the business case's NPV
// and ROI are given again with the profiled benefits against the same present value of costs.
//
// Each metric's year is the sum of its lines' forecast benefit at full precision, as the
// returns sum them (ledger.ts, sumLines), so with no profile anywhere every year, and so the NPV
// and ROI, are the business case's (the profile is the identity; only the order of the additions
// differs, far below a penny).
import type { FinancialYearLabel, Metric, Persistence, Programme } from '../domain.js';
import { profileValues } from '../calc/appraisal/persistence.js';
import { presentValue } from '../calc/returns/present-value.js';
import { returnOnInvestment } from '../calc/returns/return-on-investment.js';
import {
  financialYearIndex,
  financialYearLabel,
  requireFinancialYear,
} from '../periods/financial-year.js';
import { discountFactor } from './discount-factor.js';
import type { ReturnsBasis } from './financial-returns.js';
import type { FinanceEvaluation } from './evaluate-finance.js';
import type { BenefitLine } from './types.js';

/** Benefit figures of one metric, or of the programme, with and without the profile. */
export interface PersistenceFigures {
  /** Σ of the values in the years they are achieved: today's whole-case forecast benefit. */
  firstYearValue: number;
  /** Value realised in the programme's years (with the profile). */
  withinProgramme: number;
  /** Value realised after the programme's last year, shown apart. */
  afterProgramme: number;
  /** Present value of the benefits without the profile (today's) and with it. */
  presentValueWithoutPersistence: number;
  presentValue: number;
}

export interface MetricPersistence extends PersistenceFigures {
  metricId: string;
  name: string;
  strandId: string;
  profile: Persistence;
}

export interface PersistenceYear {
  financialYear: FinancialYearLabel;
  yearIndex: number;
  /** After the programme's last year (programme.years − 1). */
  afterProgramme: boolean;
  /** Benefit in the years achieved (the business case's forecast benefit of the year). */
  benefitAsAchieved: number;
  benefitWithPersistence: number;
}

export interface PersistenceReturns {
  /** The programme's last financial year: value realised later is "after the programme". */
  lastProgrammeYear: FinancialYearLabel;
  /** Metrics with a profile, in the data's order. */
  metrics: MetricPersistence[];
  programme: PersistenceFigures & {
    presentValueCost: number;
    /** The business case's NPV and discounted ROI, with the profile and without (today's). */
    netPresentValueWithoutPersistence: number;
    netPresentValue: number;
    discountedReturnOnInvestment: number | null;
  };
  /** Every year from the first with a benefit to the last with value realised. */
  years: PersistenceYear[];
}

export interface PersistenceInput {
  programme: Pick<Programme, 'firstFinancialYear' | 'years' | 'discountRate'>;
  metrics: readonly Pick<Metric, 'id' | 'name' | 'strandId' | 'persistence'>[];
  lines: readonly BenefitLine[];
  /** The business case as financialReturns gives it: its present value of costs is kept. */
  businessCase: Pick<ReturnsBasis, 'presentValueCost' | 'netPresentValue'>;
}

/** Σ v_t / (1 + r)^t for a series whose first value is at year index `firstIndex`. */
const presentValueFrom = (values: readonly number[], firstIndex: number, rate: number) =>
  presentValue(values, rate) * discountFactor(firstIndex, rate);

const NONE = { lagYears: 0, persistenceYears: 1, dropOffRate: 0 };

export function persistenceReturns(input: PersistenceInput): PersistenceReturns {
  const { programme, lines, businessCase } = input;
  const first = programme.firstFinancialYear;
  const rate = programme.discountRate;
  const lastProgrammeIndex = programme.years - 1;
  const indexOf = (l: BenefitLine) => financialYearIndex(l.financialYear, first);
  const firstIndex = Math.min(0, ...lines.map(indexOf));
  const achievedLength = Math.max(lastProgrammeIndex, ...lines.map(indexOf)) - firstIndex + 1;

  // Each metric's forecast benefit by year, in pounds at full precision.
  const byMetric = new Map<string, number[]>();
  for (const l of lines) {
    const series = byMetric.get(l.metricId) ?? new Array<number>(achievedLength).fill(0);
    const i = indexOf(l) - firstIndex;
    series[i] = (series[i] as number) + l.forecastBenefit;
    byMetric.set(l.metricId, series);
  }

  const achievedTotal: number[] = new Array<number>(achievedLength).fill(0);
  const realisedTotal: number[] = [];
  const addInto = (into: number[], values: readonly number[]) =>
    values.forEach((v, i) => {
      into[i] = (into[i] ?? 0) + v;
    });
  /** The figures of a series as achieved and as realised. */
  const figures = (achieved: readonly number[], realised: readonly number[]) => {
    const within = realised.slice(0, lastProgrammeIndex - firstIndex + 1);
    const after = realised.slice(lastProgrammeIndex - firstIndex + 1);
    const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
    return {
      firstYearValue: sum(achieved),
      withinProgramme: sum(within),
      afterProgramme: sum(after),
      presentValueWithoutPersistence: presentValueFrom(achieved, firstIndex, rate),
      presentValue: presentValueFrom(realised, firstIndex, rate),
    };
  };

  const metrics: MetricPersistence[] = [];
  for (const m of input.metrics) {
    const achieved = byMetric.get(m.id);
    if (achieved === undefined) continue;
    const realised = profileValues(achieved, m.persistence ?? NONE);
    addInto(achievedTotal, achieved);
    addInto(realisedTotal, realised);
    if (m.persistence !== undefined && m.persistence !== null) {
      metrics.push({
        metricId: m.id,
        name: m.name,
        strandId: m.strandId,
        profile: m.persistence,
        ...figures(achieved, realised),
      });
    }
  }

  const total = figures(achievedTotal, realisedTotal);
  const presentValueCost = businessCase.presentValueCost;
  const firstStart = requireFinancialYear(first);
  // To the last year with value realised, or the programme's last year if that is later.
  let length = Math.max(achievedLength, realisedTotal.length);
  while (length > achievedLength && (realisedTotal[length - 1] ?? 0) === 0) length -= 1;
  const years = Array.from({ length }, (_, i) => ({
    financialYear: financialYearLabel(firstStart + firstIndex + i),
    yearIndex: firstIndex + i,
    afterProgramme: firstIndex + i > lastProgrammeIndex,
    benefitAsAchieved: achievedTotal[i] ?? 0,
    benefitWithPersistence: realisedTotal[i] ?? 0,
  }));
  return {
    lastProgrammeYear: financialYearLabel(firstStart + lastProgrammeIndex),
    metrics,
    programme: {
      ...total,
      presentValueCost,
      netPresentValueWithoutPersistence: businessCase.netPresentValue,
      netPresentValue: total.presentValue - presentValueCost,
      discountedReturnOnInvestment: returnOnInvestment(total.presentValue, presentValueCost),
    },
    years,
  };
}

/** The business case of the finance view with each metric's profile. */
export function financePersistence(
  f: Pick<FinanceEvaluation, 'data' | 'lines'>,
  businessCase: PersistenceInput['businessCase'],
): PersistenceReturns {
  return persistenceReturns({
    programme: f.data.programme,
    metrics: f.data.metrics,
    lines: f.lines,
    businessCase,
  });
}

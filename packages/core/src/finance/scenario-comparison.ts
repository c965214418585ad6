// Base and scenario side by side: both are the full finance evaluation (evaluator → lines →
// ledger and returns), the scenario on a modified copy of the data, and the change between them.
import type { IsoDate, ProgrammeData } from '../domain.js';
import { evaluateFinance, financeReinvestment, financeReturns } from './evaluate-finance.js';
import type { ReturnsBasis } from './financial-returns.js';
import { benefitLedger } from './ledger.js';
import { financePersistence } from './persistence-returns.js';
import { applyScenario, type ScenarioOverrides } from './scenario.js';
import { fromPence, toPence } from './to-pence.js';

export type ScenarioFigureKey =
  | 'forecastBenefitToDate'
  | 'realisedBenefitToDate'
  | 'realisedCashableToDate'
  | 'forecastBenefitWholeCase'
  | 'costToDate'
  | 'netBenefitToDate'
  | 'reinvestmentPot'
  | 'businessCaseNetPresentValue'
  | 'businessCaseReturnOnInvestment'
  | 'businessCaseDiscountedReturnOnInvestment'
  | 'realisedNetPresentValue'
  | 'realisedReturnOnInvestment'
  | 'persistenceNetPresentValue'
  | 'persistenceDiscountedReturnOnInvestment';

export interface ScenarioFigure {
  key: ScenarioFigureKey;
  kind: 'money' | 'ratio';
  base: number | null;
  scenario: number | null;
  /** scenario − base; null when either is. */
  change: number | null;
}

export interface ScenarioStrand {
  strandId: string;
  name: string;
  realisedBenefitToDate: { base: number; scenario: number; change: number };
  forecastBenefitWholeCase: { base: number; scenario: number; change: number };
}

export interface ScenarioComparison {
  asOf: IsoDate;
  discountRate: { base: number; scenario: number };
  figures: ScenarioFigure[];
  paybackYear: {
    businessCase: { base: string | null; scenario: string | null };
    businessCaseDiscounted: { base: string | null; scenario: string | null };
    realisedToDate: { base: string | null; scenario: string | null };
  };
  strands: ScenarioStrand[];
}

interface Outcome {
  figures: Record<ScenarioFigureKey, number | null>;
  businessCase: ReturnsBasis;
  realisedToDate: ReturnsBasis;
  strands: Map<string, { realised: number; wholeCase: number }>;
}

function outcomeOf(data: ProgrammeData, asOf: IsoDate): Outcome {
  const f = evaluateFinance(data, asOf);
  const total = benefitLedger(f.lines, 'strand', data);
  const { programme } = financeReturns(f);
  const pot = financeReinvestment(f);
  const bc = programme.businessCase;
  const rd = programme.realisedToDate;
  const persistence = financePersistence(f, bc).programme;
  return {
    figures: {
      forecastBenefitToDate: total.total.forecastBenefitToDate,
      realisedBenefitToDate: total.total.realisedBenefitToDate,
      realisedCashableToDate: total.total.realisedCashableToDate ?? 0,
      forecastBenefitWholeCase: total.total.forecastBenefitWholeCase,
      costToDate: rd.cost,
      netBenefitToDate: rd.net,
      reinvestmentPot: pot.totalPot,
      businessCaseNetPresentValue: bc.netPresentValue,
      businessCaseReturnOnInvestment: bc.returnOnInvestment,
      businessCaseDiscountedReturnOnInvestment: bc.discountedReturnOnInvestment,
      realisedNetPresentValue: rd.netPresentValue,
      realisedReturnOnInvestment: rd.returnOnInvestment,
      // The business case with each metric's lag, persistence and drop-off (the same as the
      // business case's without a profile): what the drop-off and persistence moves change.
      persistenceNetPresentValue: persistence.netPresentValue,
      persistenceDiscountedReturnOnInvestment: persistence.discountedReturnOnInvestment,
    },
    businessCase: bc,
    realisedToDate: rd,
    strands: new Map(
      total.rows.map((r) => [
        r.key,
        { realised: r.realisedBenefitToDate, wholeCase: r.forecastBenefitWholeCase },
      ]),
    ),
  };
}

const RATIOS = new Set<ScenarioFigureKey>([
  'businessCaseReturnOnInvestment',
  'businessCaseDiscountedReturnOnInvestment',
  'realisedReturnOnInvestment',
  'persistenceDiscountedReturnOnInvestment',
]);
const PRESENT_VALUES = new Set<ScenarioFigureKey>([
  'businessCaseNetPresentValue',
  'realisedNetPresentValue',
  'persistenceNetPresentValue',
]);

/** Pence-exact figures change by whole pence; present values and ratios at full precision. */
function change(key: ScenarioFigureKey, base: number | null, scenario: number | null) {
  if (base === null || scenario === null) return null;
  if (RATIOS.has(key) || PRESENT_VALUES.has(key)) return scenario - base;
  return fromPence(toPence(scenario) - toPence(base));
}

/** Evaluates the programme as it is and with the overrides, and the change in each figure. */
export function compareScenario(
  data: ProgrammeData,
  overrides: ScenarioOverrides,
  asOf: IsoDate,
): ScenarioComparison {
  const modified = applyScenario(data, overrides);
  const base = outcomeOf(data, asOf);
  const scenario = outcomeOf(modified, asOf);
  const keys = Object.keys(base.figures) as ScenarioFigureKey[];
  const diff = (a: number, b: number) => fromPence(toPence(b) - toPence(a));
  return {
    asOf,
    discountRate: { base: data.programme.discountRate, scenario: modified.programme.discountRate },
    figures: keys.map((key) => ({
      key,
      kind: RATIOS.has(key) ? 'ratio' : 'money',
      base: base.figures[key],
      scenario: scenario.figures[key],
      change: change(key, base.figures[key], scenario.figures[key]),
    })),
    paybackYear: {
      businessCase: {
        base: base.businessCase.paybackYear,
        scenario: scenario.businessCase.paybackYear,
      },
      businessCaseDiscounted: {
        base: base.businessCase.discountedPaybackYear,
        scenario: scenario.businessCase.discountedPaybackYear,
      },
      realisedToDate: {
        base: base.realisedToDate.paybackYear,
        scenario: scenario.realisedToDate.paybackYear,
      },
    },
    strands: data.strands.map((s) => {
      const b = base.strands.get(s.id) ?? { realised: 0, wholeCase: 0 };
      const c = scenario.strands.get(s.id) ?? { realised: 0, wholeCase: 0 };
      return {
        strandId: s.id,
        name: s.name,
        realisedBenefitToDate: {
          base: b.realised,
          scenario: c.realised,
          change: diff(b.realised, c.realised),
        },
        forecastBenefitWholeCase: {
          base: b.wholeCase,
          scenario: c.wholeCase,
          change: diff(b.wholeCase, c.wholeCase),
        },
      };
    }),
  };
}

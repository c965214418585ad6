// The finance view of one programme at an as-of date: the evaluator's result, its benefit lines,
// and the returns, equity and reinvestment figures built from them.
import type { IsoDate, ProgrammeData } from '../domain.js';
import type { ProgrammeEvaluation } from '../evaluation.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { penceToPounds } from '../money/pence.js';
import { benefitLines } from './benefit-lines.js';
import { financialReturns, type FinancialReturns } from './financial-returns.js';
import { benefitLedger, lineAmountPence } from './ledger.js';
import { partnerEquity } from './partner-equity.js';
import { reinvestmentPot, type ReinvestmentPot } from './reinvestment-pot.js';
import { fromPence, toPence } from './to-pence.js';
import type { BenefitLine, LedgerMeasure } from './types.js';

export interface FinanceEvaluation {
  data: ProgrammeData;
  asOf: IsoDate;
  evaluation: ProgrammeEvaluation;
  lines: BenefitLine[];
}

/** Evaluates the programme once and splits its benefits into lines. */
export function evaluateFinance(data: ProgrammeData, asOf: IsoDate): FinanceEvaluation {
  const evaluation = evaluateProgramme(data, asOf);
  return { data, asOf, evaluation, lines: benefitLines(evaluation) };
}

export interface StrandReturns {
  strandId: string;
  name: string;
  returns: FinancialReturns;
}

/** Returns for the programme (every cost row and line) and for each strand. */
export function financeReturns(f: FinanceEvaluation): {
  programme: FinancialReturns;
  strands: StrandReturns[];
} {
  const { data, asOf, lines } = f;
  const programme = financialReturns({ programme: data.programme, asOf, costs: data.costs, lines });
  const strands = data.strands.map((s) => ({
    strandId: s.id,
    name: s.name,
    returns: financialReturns({
      programme: data.programme,
      asOf,
      costs: data.costs.filter((c) => c.strandId === s.id),
      lines: lines.filter((l) => l.strandId === s.id),
    }),
  }));
  return { programme, strands };
}

const pence = (lines: readonly BenefitLine[], measure: LedgerMeasure, part?: 'non-cashable') =>
  fromPence(lines.reduce((s, l) => s + (lineAmountPence(l, measure, part) ?? 0), 0));

export interface EquityRow {
  partnerId: string;
  name: string;
  kind: string;
  /** Actual costs borne in financial years ended by the as-of date. */
  costToDate: number;
  /** Realised benefit to date × bearer share (Σ of the partner's lines). */
  realisedBenefitToDate: number;
  realisedCashableToDate: number;
  realisedNonCashableToDate: number;
  costShareToDate: number | null;
  benefitShareToDate: number | null;
  /** benefit share − cost share: positive receives more than it puts in. */
  gapToDate: number | null;
  forecastCostWholeCase: number;
  forecastBenefitWholeCase: number;
  forecastCostShare: number | null;
  forecastBenefitShare: number | null;
  forecastGap: number | null;
}

export interface FinanceEquity {
  partners: EquityRow[];
  totals: {
    costToDate: number;
    realisedBenefitToDate: number;
    realisedCashableToDate: number;
    realisedNonCashableToDate: number;
    forecastCostWholeCase: number;
    forecastBenefitWholeCase: number;
  };
}

/**
 * Each partner's costs borne and benefits received, to date and for the business case as a
 * whole, as shares of the totals. Every partner is listed, including bearers that put nothing
 * in (national budgets, wider society): that is where a saving can leak out of the partnership.
 */
export function financeEquity(f: FinanceEvaluation): FinanceEquity {
  const { data, asOf, lines } = f;
  const ids = [
    ...new Set([
      ...data.partners.map((p) => p.id),
      ...data.costs.map((c) => c.partnerId),
      ...lines.map((l) => l.partnerId),
    ]),
  ];
  const base = ids.map((partnerId) => {
    const partner = data.partners.find((p) => p.id === partnerId);
    const costs = data.costs.filter((c) => c.partnerId === partnerId);
    const own = lines.filter((l) => l.partnerId === partnerId);
    return {
      partnerId,
      name: partner?.name ?? partnerId,
      kind: partner?.kind ?? 'other',
      costToDate: costsToDate(costs, asOf),
      realisedBenefitToDate: pence(own, 'realisedBenefitToDate'),
      realisedCashableToDate: pence(own, 'realisedCashableToDate'),
      realisedNonCashableToDate: pence(own, 'realisedBenefitToDate', 'non-cashable'),
      forecastCostWholeCase: penceToPounds(costs.reduce((s, c) => s + c.forecastPence, 0)),
      forecastBenefitWholeCase: pence(own, 'forecastBenefitWholeCase'),
    };
  });
  const toDate = partnerEquity(
    base.map((b) => ({
      partnerId: b.partnerId,
      cost: b.costToDate,
      benefit: b.realisedBenefitToDate,
    })),
  );
  const wholeCase = partnerEquity(
    base.map((b) => ({
      partnerId: b.partnerId,
      cost: b.forecastCostWholeCase,
      benefit: b.forecastBenefitWholeCase,
    })),
  );
  const partners = base.map((b, i) => ({
    ...b,
    costShareToDate: toDate.partners[i]?.costShare ?? null,
    benefitShareToDate: toDate.partners[i]?.benefitShare ?? null,
    gapToDate: toDate.partners[i]?.gap ?? null,
    forecastCostShare: wholeCase.partners[i]?.costShare ?? null,
    forecastBenefitShare: wholeCase.partners[i]?.benefitShare ?? null,
    forecastGap: wholeCase.partners[i]?.gap ?? null,
  }));
  const sum = (key: keyof (typeof base)[number]) =>
    fromPence(base.reduce((s, b) => s + toPence(b[key] as number), 0));
  return {
    partners,
    totals: {
      costToDate: sum('costToDate'),
      realisedBenefitToDate: sum('realisedBenefitToDate'),
      realisedCashableToDate: sum('realisedCashableToDate'),
      realisedNonCashableToDate: sum('realisedNonCashableToDate'),
      forecastCostWholeCase: sum('forecastCostWholeCase'),
      forecastBenefitWholeCase: sum('forecastBenefitWholeCase'),
    },
  };
}

/** Realised cashable benefit by financial year × the programme's reinvestment share. */
export function financeReinvestment(f: FinanceEvaluation): ReinvestmentPot {
  const ledger = benefitLedger(f.lines, 'financialYear', f.data);
  return reinvestmentPot(
    ledger.rows.map((r) => ({
      financialYear: r.key,
      realisedCashable: r.realisedCashableToDate ?? 0,
    })),
    f.data.programme.reinvestmentShare,
  );
}

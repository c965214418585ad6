// The finance view of one programme at an as-of date: the evaluator's result, its benefit lines,
// and the returns, equity and reinvestment figures built from them.
import type { Cost, IsoDate, ProgrammeData } from '../domain.js';
import { appraiseCosts, type AppraisedCost } from '../calc/appraisal/cost-appraisal.js';
import type { ProgrammeEvaluation } from '../evaluation.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { penceToPounds } from '../money/pence.js';
import { benefitLines } from './benefit-lines.js';
import { financialReturns, type FinancialReturns } from './financial-returns.js';
import { benefitLedger, sumLines } from './ledger.js';
import { partnerEquity } from './partner-equity.js';
import { reinvestmentPot, type ReinvestmentPot } from './reinvestment-pot.js';
import type { BenefitLine, LedgerMeasure } from './types.js';
import { valueByOutcome, valueStack, type OutcomeValue, type ValueStack } from './value-stack.js';

export interface FinanceEvaluation {
  /** The programme's data with its costs appraised (price base, optimism bias on forecasts). */
  data: ProgrammeData;
  /** The cost lines as the pack gives them. */
  givenCosts: Cost[];
  appraisedCosts: AppraisedCost[];
  asOf: IsoDate;
  evaluation: ProgrammeEvaluation;
  lines: BenefitLine[];
}

/**
 * Evaluates the programme once and splits its benefits into lines. Costs are appraised first
 * (calc/appraisal/cost-appraisal.ts: into the price base, optimism-bias uplift on forecasts), so
 * every figure built from `data.costs` compares like with like; `givenCosts` keeps them as given.
 */
export function evaluateFinance(data: ProgrammeData, asOf: IsoDate): FinanceEvaluation {
  return financeFromEvaluation(data, asOf, evaluateProgramme(data, asOf));
}

/** The finance view of an evaluation already made (the API caches evaluations). */
export function financeFromEvaluation(
  data: ProgrammeData,
  asOf: IsoDate,
  evaluation: ProgrammeEvaluation,
): FinanceEvaluation {
  const appraised = appraiseCosts(data.costs, data.deflators, data.programme.priceBaseYear);
  return {
    data: { ...data, costs: appraised.map((a) => a.cost) },
    givenCosts: data.costs,
    appraisedCosts: appraised,
    asOf,
    evaluation,
    lines: benefitLines(evaluation),
  };
}

/** The value stack for the programme, each strand and each outcome (finance/value-stack.ts). */
export function financeValueStack(f: FinanceEvaluation): {
  programme: ValueStack;
  strands: { strandId: string; name: string; stack: ValueStack }[];
  outcomes: (OutcomeValue & { name: string })[];
} {
  const { data, lines } = f;
  const returns = financeReturns(f);
  const input = { programme: data.programme, unitCosts: data.unitCosts, lines };
  return {
    programme: valueStack(input, returns.programme),
    strands: returns.strands.map((s) => ({
      strandId: s.strandId,
      name: s.name,
      stack: valueStack(
        { ...input, lines: lines.filter((l) => l.strandId === s.strandId) },
        s.returns,
      ),
    })),
    outcomes: valueByOutcome(
      input,
      data.outcomes.map((o) => o.id),
    ).map((o) => ({ ...o, name: data.outcomes.find((x) => x.id === o.outcomeId)?.name ?? '' })),
  };
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

const exact = (lines: readonly BenefitLine[], measure: LedgerMeasure, part?: 'non-cashable') =>
  sumLines(lines, measure, part);

export interface EquityRow {
  partnerId: string;
  name: string;
  kind: string;
  /** Costs borne to date: each year's actual (else forecast) × the share of its days ended. */
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
      realisedBenefitToDate: exact(own, 'realisedBenefitToDate'),
      realisedCashableToDate: exact(own, 'realisedCashableToDate'),
      realisedNonCashableToDate: exact(own, 'realisedBenefitToDate', 'non-cashable'),
      forecastCostWholeCase: penceToPounds(costs.reduce((s, c) => s + c.forecastPence, 0)),
      forecastBenefitWholeCase: exact(own, 'forecastBenefitWholeCase'),
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
    base.reduce((s, b) => s + (b[key] as number), 0);
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

/**
 * The reinvestment pot by financial year: realised cashable benefit to partners with local
 * budgets × the programme's reinvestment share, and national cashable savings beside it. A
 * partner without a stated budget is local (the pack's default); a bearer not among the
 * partners cannot be controlled by the partnership, so it counts as national.
 */
export function financeReinvestment(f: FinanceEvaluation): ReinvestmentPot {
  const budgets = new Map(f.data.partners.map((p) => [p.id, p.budget ?? 'local']));
  const isLocal = (l: BenefitLine) => budgets.get(l.partnerId) === 'local';
  const local = benefitLedger(f.lines.filter(isLocal), 'financialYear', f.data);
  const national = benefitLedger(
    f.lines.filter((l) => !isLocal(l)),
    'financialYear',
    f.data,
  );
  const years = [...new Set([...local.rows, ...national.rows].map((r) => r.key))];
  const cashableIn = (ledger: typeof local, year: string) =>
    ledger.rows.find((r) => r.key === year)?.realisedCashableToDate ?? 0;
  return reinvestmentPot(
    years.map((financialYear) => ({
      financialYear,
      localCashable: cashableIn(local, financialYear),
      nationalCashable: cashableIn(national, financialYear),
    })),
    f.data.programme.reinvestmentShare,
  );
}

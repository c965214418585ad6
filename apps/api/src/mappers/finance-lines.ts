// The lines behind a ledger cell, and the cost rows behind a cost figure: every factor of each
// line and the £ it adds. Each line is shown rounded to the penny; the total is the exact sum
// rounded once (the ledger cell's own value), and a rounding figure says what the shown lines
// miss it by.
import type {
  BenefitLineItem,
  BenefitLines,
  CashablePart,
  CostLines,
  CostMeasure,
  LedgerMeasure,
} from '@outcomes/contract';
import {
  costToDate,
  financialYearEnd,
  lineAmount,
  penceToPounds,
  roundToPence,
  roundingLine,
  type BenefitCategory,
  type BenefitLine,
  type PartnerBudget,
  type Cost,
  type FinanceEvaluation,
} from '@outcomes/core';

export interface BenefitLineFilters {
  strand?: string | undefined;
  partner?: string | undefined;
  financialYear?: string | undefined;
  metric?: string | undefined;
  outcome?: string | undefined;
  category?: BenefitCategory | undefined;
  unitCost?: string | undefined;
  budget?: PartnerBudget | undefined;
}

const matches = (
  line: BenefitLine,
  f: BenefitLineFilters,
  budgetOf: (partnerId: string) => PartnerBudget,
): boolean =>
  (f.strand === undefined || line.strandId === f.strand) &&
  (f.partner === undefined || line.partnerId === f.partner) &&
  (f.financialYear === undefined || line.financialYear === f.financialYear) &&
  (f.metric === undefined || line.metricId === f.metric) &&
  (f.outcome === undefined || line.outcomeId === f.outcome) &&
  (f.category === undefined || line.category === f.category) &&
  (f.unitCost === undefined || line.unitCostId === f.unitCost) &&
  (f.budget === undefined || budgetOf(line.partnerId) === f.budget);

/** The part a measure really counts: realised cashable is always the cashable part. */
export const effectivePart = (measure: LedgerMeasure, part: CashablePart): CashablePart =>
  measure === 'realisedCashableToDate' ? 'cashable' : part;

function partFactor(line: BenefitLine, part: CashablePart): number {
  if (part === 'cashable') return line.cashableShare;
  if (part === 'non-cashable') return 1 - line.cashableShare;
  return 1;
}

export function toBenefitLines(
  f: FinanceEvaluation,
  filters: BenefitLineFilters,
  measure: LedgerMeasure,
  requestedPart: CashablePart,
): BenefitLines {
  const part = effectivePart(measure, requestedPart);
  const realised = measure === 'realisedBenefitToDate' || measure === 'realisedCashableToDate';
  const priceYears = new Map(f.data.unitCosts.map((u) => [u.id, u.priceYear]));
  const unitCostNames = new Map(f.data.unitCosts.map((u) => [u.id, u.name]));
  const budgets = new Map(f.data.partners.map((p) => [p.id, p.budget ?? 'local']));
  const budgetOf = (partnerId: string) => budgets.get(partnerId) ?? 'local';
  const amounts: number[] = [];
  const lines: BenefitLineItem[] = [];
  for (const line of f.lines) {
    if (!matches(line, filters, budgetOf)) continue;
    const amount = lineAmount(line, measure, part);
    if (amount === null) continue;
    amounts.push(amount);
    lines.push({
      metricId: line.metricId,
      metricName: line.metricName,
      strandId: line.strandId,
      outcomeId: line.outcomeId,
      unitCostId: line.unitCostId,
      unitCostName: unitCostNames.get(line.unitCostId) ?? line.unitCostId,
      category: line.category,
      partnerId: line.partnerId,
      periodStart: line.periodStart,
      label: line.label,
      financialYear: line.financialYear,
      comparable: line.comparable,
      counterfactual: line.counterfactual,
      value: realised ? line.actual : line.forecast,
      improvement: realised ? line.actualImprovement : line.forecastImprovement,
      attribution: line.attribution,
      unitCostAsPriced: roundToPence(line.unitCostAsPriced),
      priceYear: priceYears.get(line.unitCostId) ?? '',
      deflatorFactor: line.deflatorFactor,
      upratedUnitCost: roundToPence(line.upratedUnitCost),
      optimismBias: line.optimismBias,
      periodLengthFactor: line.periodLengthFactor,
      leakage: line.leakage,
      displacement: line.displacement,
      substitution: line.substitution,
      deadweight: line.deadweight,
      additionalityFactor: line.additionalityFactor,
      bearerShare: line.bearerShare,
      cashableShare: line.cashableShare,
      partFactor: partFactor(line, part),
      amount: roundToPence(amount),
    });
  }
  const total = amounts.reduce((s, a) => s + a, 0);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    measure,
    part,
    filters: {
      strand: filters.strand ?? null,
      partner: filters.partner ?? null,
      financialYear: filters.financialYear ?? null,
      metric: filters.metric ?? null,
      outcome: filters.outcome ?? null,
      category: filters.category ?? null,
      unitCost: filters.unitCost ?? null,
      budget: filters.budget ?? null,
    },
    total: roundToPence(total),
    rounding: roundingLine(amounts, total),
    lineCount: lines.length,
    lines,
  };
}

export interface CostLineFilters {
  strand?: string | undefined;
  partner?: string | undefined;
  financialYear?: string | undefined;
  kind?: Cost['kind'] | undefined;
}

/**
 * The cost rows behind a cost figure. Forecast: every row, its forecast. Cost to date: the rows
 * of years started by the as-of date, each its actual (else its forecast) × the share of its
 * year's days ended — the rule of costsToDate, so the total is the summary's cost to date.
 */
export function toCostLines(
  f: FinanceEvaluation,
  filters: CostLineFilters,
  measure: CostMeasure,
): CostLines {
  const amounts: number[] = [];
  // f.appraisedCosts is in the order of f.data.costs (each row appraised), so index i pairs them.
  const lines = f.data.costs
    .map((c, i) => ({ c, appraised: f.appraisedCosts[i] }))
    .filter(
      ({ c }) =>
        (filters.strand === undefined || c.strandId === filters.strand) &&
        (filters.partner === undefined || c.partnerId === filters.partner) &&
        (filters.financialYear === undefined || c.financialYear === filters.financialYear) &&
        (filters.kind === undefined || c.kind === filters.kind),
    )
    .map(({ c, appraised }) => ({ c, appraised, toDate: costToDate(c, f.asOf) }))
    .filter(({ toDate }) => measure === 'forecastCost' || toDate.fraction > 0)
    .map(({ c, appraised, toDate }) => {
      const amount = measure === 'forecastCost' ? penceToPounds(c.forecastPence) : toDate.amount;
      amounts.push(amount);
      const given = appraised?.given ?? c;
      return {
        strandId: c.strandId,
        partnerId: c.partnerId,
        financialYear: c.financialYear,
        kind: c.kind,
        forecast: penceToPounds(c.forecastPence),
        actual: c.actualPence === null ? null : penceToPounds(c.actualPence),
        ended: financialYearEnd(c.financialYear) <= f.asOf,
        fraction: measure === 'forecastCost' ? 1 : toDate.fraction,
        basis: measure === 'forecastCost' ? ('forecast' as const) : toDate.basis,
        amount: roundToPence(amount),
        forecastAsGiven: penceToPounds(given.forecastPence),
        actualAsGiven: given.actualPence === null ? null : penceToPounds(given.actualPence),
        priceYear: given.priceYear ?? null,
        deflatorFactor: appraised?.deflatorFactor ?? 1,
        optimismBias: appraised?.optimismBias ?? 0,
      };
    });
  const total = amounts.reduce((s, a) => s + a, 0);
  return {
    programmeId: f.data.programme.id,
    asOf: f.asOf,
    measure,
    filters: {
      strand: filters.strand ?? null,
      partner: filters.partner ?? null,
      financialYear: filters.financialYear ?? null,
      kind: filters.kind ?? null,
    },
    total: roundToPence(total),
    rounding: roundingLine(amounts, total),
    lineCount: lines.length,
    lines,
  };
}

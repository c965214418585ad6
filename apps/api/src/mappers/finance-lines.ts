// The lines behind a ledger cell, and the cost rows behind a cost figure: every factor of each
// line, and the £ it adds (rounded to pence), so that the lines sum exactly to the cell.
import type {
  BenefitLineItem,
  BenefitLines,
  CashablePart,
  CostLines,
  CostMeasure,
  LedgerMeasure,
} from '@outcomes/contract';
import {
  financialYearEnd,
  fromPence,
  lineAmountPence,
  penceToPounds,
  roundToPence,
  type BenefitCategory,
  type BenefitLine,
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
}

const matches = (line: BenefitLine, f: BenefitLineFilters): boolean =>
  (f.strand === undefined || line.strandId === f.strand) &&
  (f.partner === undefined || line.partnerId === f.partner) &&
  (f.financialYear === undefined || line.financialYear === f.financialYear) &&
  (f.metric === undefined || line.metricId === f.metric) &&
  (f.outcome === undefined || line.outcomeId === f.outcome) &&
  (f.category === undefined || line.category === f.category) &&
  (f.unitCost === undefined || line.unitCostId === f.unitCost);

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
  let totalPence = 0;
  const lines: BenefitLineItem[] = [];
  for (const line of f.lines) {
    if (!matches(line, filters)) continue;
    const pence = lineAmountPence(line, measure, part);
    if (pence === null) continue;
    totalPence += pence;
    lines.push({
      metricId: line.metricId,
      metricName: line.metricName,
      strandId: line.strandId,
      outcomeId: line.outcomeId,
      unitCostId: line.unitCostId,
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
      bearerShare: line.bearerShare,
      cashableShare: line.cashableShare,
      partFactor: partFactor(line, part),
      amount: fromPence(pence),
    });
  }
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
    },
    total: fromPence(totalPence),
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
 * The cost rows behind a cost figure. Forecast: every row, its forecast. Actual to date: the
 * rows of years ended by the as-of date, each with its actual (null when not yet known, which
 * adds nothing — the rule of costsToDate).
 */
export function toCostLines(
  f: FinanceEvaluation,
  filters: CostLineFilters,
  measure: CostMeasure,
): CostLines {
  let totalPence = 0;
  const lines = f.data.costs
    .filter(
      (c) =>
        (filters.strand === undefined || c.strandId === filters.strand) &&
        (filters.partner === undefined || c.partnerId === filters.partner) &&
        (filters.financialYear === undefined || c.financialYear === filters.financialYear) &&
        (filters.kind === undefined || c.kind === filters.kind),
    )
    .map((c) => ({ c, ended: financialYearEnd(c.financialYear) <= f.asOf }))
    .filter(({ ended }) => measure === 'forecastCost' || ended)
    .map(({ c, ended }) => {
      const pence = measure === 'forecastCost' ? c.forecastPence : c.actualPence;
      if (pence !== null) totalPence += pence;
      return {
        strandId: c.strandId,
        partnerId: c.partnerId,
        financialYear: c.financialYear,
        kind: c.kind,
        forecast: penceToPounds(c.forecastPence),
        actual: c.actualPence === null ? null : penceToPounds(c.actualPence),
        ended,
        amount: pence === null ? null : penceToPounds(pence),
      };
    });
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
    total: fromPence(totalPence),
    lineCount: lines.length,
    lines,
  };
}

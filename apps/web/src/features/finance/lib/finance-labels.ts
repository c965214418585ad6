// Words for the finance view's codes.
import type { CashablePart, CostMeasure, LedgerGroupBy, LedgerMeasure } from '@outcomes/contract';

export const GROUPINGS: readonly { groupBy: LedgerGroupBy; text: string; column: string }[] = [
  { groupBy: 'strand', text: 'Strand', column: 'Strand' },
  { groupBy: 'partner', text: 'Partner (bearer)', column: 'Partner (bearer of the cost)' },
  { groupBy: 'financialYear', text: 'Financial year', column: 'Financial year' },
  { groupBy: 'outcome', text: 'Outcome', column: 'Outcome' },
  { groupBy: 'category', text: 'Category', column: 'Category' },
  { groupBy: 'cashable', text: 'Cashable', column: 'Cashable or not' },
];

export const isGroupBy = (value: string | null): value is LedgerGroupBy =>
  GROUPINGS.some((g) => g.groupBy === value);

export const MEASURE_TEXT: Record<LedgerMeasure, string> = {
  forecastBenefitToDate: 'Forecast benefit to date',
  realisedBenefitToDate: 'Realised benefit to date',
  forecastBenefitWholeCase: 'Forecast benefit, whole business case',
  realisedCashableToDate: 'Realised cashable benefit to date',
};

export const isMeasure = (value: string | null): value is LedgerMeasure =>
  value !== null && value in MEASURE_TEXT;

export const PART_TEXT: Record<CashablePart, string> = {
  all: '',
  cashable: 'cashable part',
  'non-cashable': 'non-cashable part',
};

export const isPart = (value: string | null): value is CashablePart =>
  value === 'all' || value === 'cashable' || value === 'non-cashable';

export const COST_MEASURE_TEXT: Record<CostMeasure, string> = {
  forecastCost: 'Forecast cost',
  actualCostToDate: 'Actual cost to date',
};

export const isCostMeasure = (value: string | null): value is CostMeasure =>
  value === 'forecastCost' || value === 'actualCostToDate';

export const RECONCILIATION_TEXT: Record<LedgerMeasure, string> = MEASURE_TEXT;

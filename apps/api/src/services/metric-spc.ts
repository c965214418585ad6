// The XmR chart of one metric as the dashboard shows it: the actuals to date (a cumulative
// metric's per-period increments), limits fixed on the periods before the programme's first
// financial year, the rebases that stand, the programme's shift run length, and the forecast for
// the latest point's period as the assurance target.
import {
  analyseSpc,
  financialYearStart,
  metricSpcSeries,
  type IsoDate,
  type MetricEvaluation,
  type Programme,
  type SpcResult,
} from '@outcomes/core';
import type { SpcRebaseRecord } from '@outcomes/db';

export interface MetricSpc {
  /** Null with fewer than two points to date (or a yearly metric with under two years before). */
  result: SpcResult | null;
  target: { periodStart: IsoDate; label: string; value: number } | null;
}

/** `rebases`: the standing rebases of this metric (others are ignored). */
export function metricSpc(
  programme: Programme,
  evaluation: MetricEvaluation,
  rebases: readonly SpcRebaseRecord[],
): MetricSpc {
  const { metric } = evaluation;
  const series = metricSpcSeries(metric, evaluation.periods);
  const result = analyseSpc({
    points: series.points,
    polarity: metric.polarity,
    limitsBefore: financialYearStart(programme.firstFinancialYear),
    rebases: rebases
      .filter((r) => r.metricId === metric.id && r.action === 'rebase')
      .map((r) => ({ periodStart: r.periodStart, reason: r.reason })),
    target: series.target?.value ?? null,
    runLength: programme.spcShiftRunLength,
    frequency: metric.frequency,
    measure: series.measure,
  });
  return { result, target: series.target };
}

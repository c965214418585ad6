// The XmR chart of one metric as the dashboard shows it: the actuals to date, limits fixed on the
// periods before the programme's first financial year, the rebases that stand, and the forecast
// for the latest actual's period as the assurance target.
import {
  analyseSpc,
  financialYearStart,
  type IsoDate,
  type MetricEvaluation,
  type Programme,
  type SpcResult,
} from '@outcomes/core';
import type { SpcRebaseRecord } from '@outcomes/db';

export interface MetricSpc {
  /** Null with fewer than two actuals to date. */
  result: SpcResult | null;
  target: { periodStart: IsoDate; label: string; value: number } | null;
}

/** `rebases`: the standing rebases of this metric (others are ignored). */
export function metricSpc(
  programme: Programme,
  evaluation: MetricEvaluation,
  rebases: readonly SpcRebaseRecord[],
): MetricSpc {
  const actuals = evaluation.periods.filter((p) => p.toDate && p.actual !== null);
  const latest = actuals[actuals.length - 1];
  const target =
    latest !== undefined && latest.forecast !== null
      ? { periodStart: latest.periodStart, label: latest.label, value: latest.forecast }
      : null;
  const result = analyseSpc({
    points: actuals.map((p) => ({ periodStart: p.periodStart, value: p.actual as number })),
    polarity: evaluation.metric.polarity,
    limitsBefore: financialYearStart(programme.firstFinancialYear),
    rebases: rebases
      .filter((r) => r.metricId === evaluation.metric.id && r.action === 'rebase')
      .map((r) => ({ periodStart: r.periodStart, reason: r.reason })),
    target: target?.value ?? null,
  });
  return { result, target };
}

// What a metric's SPC chart is drawn from: its actuals to date (or, for a cumulative metric,
// their per-period increments) and the forecast for the latest of them as the assurance target.
import type { IsoDate, Metric } from '../domain.js';
import type { PeriodEvaluation } from '../evaluation.js';
import { forecastIncrement, periodIncrements } from './increments.js';
import type { SpcInputPoint, SpcMeasure } from './types.js';

export interface MetricSpcSeries {
  measure: SpcMeasure;
  points: SpcInputPoint[];
  /** The latest point's forecast (its increment for a cumulative metric); null without one. */
  target: { periodStart: IsoDate; label: string; value: number } | null;
}

/** `periods`: the metric's evaluated periods, in period order (MetricEvaluation.periods). */
export function metricSpcSeries(
  metric: Pick<Metric, 'frequency' | 'cumulative'>,
  periods: readonly Pick<
    PeriodEvaluation,
    'periodStart' | 'label' | 'toDate' | 'actual' | 'forecast'
  >[],
): MetricSpcSeries {
  const actuals: SpcInputPoint[] = [];
  const forecasts = new Map<IsoDate, number>();
  for (const p of periods) {
    if (p.toDate && p.actual !== null)
      actuals.push({ periodStart: p.periodStart, value: p.actual });
    if (p.forecast !== null) forecasts.set(p.periodStart, p.forecast);
  }
  const cumulative = metric.cumulative === true;
  const points = cumulative ? periodIncrements(actuals, metric.frequency) : actuals;
  const latest = points[points.length - 1];
  const targetValue =
    latest === undefined
      ? null
      : cumulative
        ? forecastIncrement(forecasts, latest.periodStart, metric.frequency)
        : (forecasts.get(latest.periodStart) ?? null);
  const label = periods.find((p) => p.periodStart === latest?.periodStart)?.label;
  return {
    measure: cumulative ? 'increments' : 'values',
    points,
    target:
      latest === undefined || targetValue === null || label === undefined
        ? null
        : { periodStart: latest.periodStart, label, value: targetValue },
  };
}

// The XmR chart's data: one row per period of the series, with the actual, the forecast, and the
// limits of the point's rebase group under per-group keys (`mean0`, `mean1`, ...), so that each
// group's lines stop at a rebase instead of being joined across it.
import type { CommentaryEntry, MetricSeries, Spc, SpcRule, SpcSignal } from '@outcomes/contract';

export const LIMIT_KEYS = [
  'mean',
  'upperLimit',
  'lowerLimit',
  'upperTwoSigma',
  'lowerTwoSigma',
] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

export const groupKey = (key: LimitKey, group: number): string => `${key}${group}`;

export interface XmrRow {
  periodStart: string;
  label: string;
  actual: number | null;
  forecast: number | null;
  /** Null for a period with no actual to date. */
  group: number | null;
  mean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  rule: SpcRule | null;
  signal: SpcSignal | null;
  /** The commentary's number on the chart (1, 2, ...), or null. */
  comment: number | null;
}

/** A row as the chart reads it: the fields above plus `mean0`, `upperLimit0`, ... */
export type XmrChartRow = XmrRow & Record<string, string | number | null>;

/** Commentary numbered in period order, as the chart's markers and the table show them. */
export function numberCommentary(entries: readonly CommentaryEntry[]): Map<string, number> {
  return new Map(
    [...entries]
      .sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0))
      .map((e, i) => [e.periodStart, i + 1]),
  );
}

export function xmrRows(
  series: MetricSeries,
  spc: Spc,
  commentNumbers: ReadonlyMap<string, number>,
): XmrChartRow[] {
  const pointOf = new Map(spc.points.map((p) => [p.periodStart, p]));
  return series.periods.map((period) => {
    const point = pointOf.get(period.periodStart);
    const row: XmrChartRow = {
      periodStart: period.periodStart,
      label: period.label,
      actual: point ? point.value : null,
      // A cumulative metric's points are increments; its forecast is a running total, so it is
      // not drawn against them.
      forecast: spc.measure === 'increments' ? null : period.forecast,
      group: point ? point.group : null,
      mean: point?.mean ?? null,
      upperLimit: point?.upperLimit ?? null,
      lowerLimit: point?.lowerLimit ?? null,
      upperTwoSigma: point?.upperTwoSigma ?? null,
      lowerTwoSigma: point?.lowerTwoSigma ?? null,
      rule: point?.rule ?? null,
      signal: point?.signal ?? null,
      comment: commentNumbers.get(period.periodStart) ?? null,
    };
    spc.groups.forEach((_, g) => {
      for (const key of LIMIT_KEYS) row[groupKey(key, g)] = point?.group === g ? point[key] : null;
    });
    return row;
  });
}

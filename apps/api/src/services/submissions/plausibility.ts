// Figures that may be wrong, for the user to confirm or correct (never silently accepted or
// rejected): a value more than 50% away from the previous period's figure, or outside the
// metric's statistical process limits (the XmR chart the metric page shows).
import type { PlausibilityWarning } from '@outcomes/contract';
import {
  evaluateProgramme,
  periodLabel,
  type Frequency,
  type IsoDate,
  type MetricEvaluation,
  type ProgrammeData,
  type SpcResult,
} from '@outcomes/core';
import type { NewSubmissionRow, SpcRebaseRecord } from '@outcomes/db';
import { metricSpc } from '../metric-spc.js';

/** More than this share away from the previous period's figure is worth a second look. */
export const CHANGE_THRESHOLD = 0.5;

const MONTHS_IN: Record<Frequency, number> = { month: 1, quarter: 3, year: 12 };

export function previousPeriodStart(start: IsoDate, frequency: Frequency): IsoDate {
  const [year = 0, month = 1] = start.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1 - MONTHS_IN[frequency], 1));
  return date.toISOString().slice(0, 10);
}

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface Limits {
  lower: number;
  upper: number;
}

/** The process limits that apply to a period: its point's, its rebase group's, or the latest. */
function limitsFor(spc: SpcResult, periodStart: IsoDate): Limits {
  const point = spc.points.find((p) => p.periodStart === periodStart);
  if (point) return { lower: point.lowerLimit, upper: point.upperLimit };
  const group = spc.groups.find((g) => g.from <= periodStart && periodStart <= g.to);
  if (group) return { lower: group.lowerLimit, upper: group.upperLimit };
  return { lower: spc.lowerLimit, upper: spc.upperLimit };
}

export interface PlausibilityInput {
  /** The programme as it stands now (latest revisions). */
  data: ProgrammeData;
  today: IsoDate;
  /** Standing SPC rebases of the programme's metrics. */
  rebases: readonly SpcRebaseRecord[];
  /** Only rows that would create or revise a figure (an unchanged figure needs no check). */
  rows: readonly NewSubmissionRow[];
}

export function plausibilityWarnings(input: PlausibilityInput): PlausibilityWarning[] {
  const { data, rows } = input;
  if (rows.length === 0) return [];
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const incoming = new Map(rows.map((r) => [`${r.metricId}\u0000${r.periodStart}`, r.value]));
  const evaluations = new Map<string, MetricEvaluation>();
  for (const strand of evaluateProgramme(data, input.today).strands) {
    for (const m of strand.metrics) evaluations.set(m.metric.id, m);
  }
  const spcOf = new Map<string, SpcResult | null>();
  const spcFor = (metricId: string): SpcResult | null => {
    if (!spcOf.has(metricId)) {
      const evaluation = evaluations.get(metricId);
      spcOf.set(
        metricId,
        evaluation ? metricSpc(data.programme, evaluation, input.rebases).result : null,
      );
    }
    return spcOf.get(metricId) ?? null;
  };

  const warnings: PlausibilityWarning[] = [];
  for (const row of rows) {
    const metric = metrics.get(row.metricId);
    if (!metric) continue;
    const label = periodLabel(row.periodStart, metric.frequency);
    const warn = (kind: PlausibilityWarning['kind'], message: string) =>
      warnings.push({
        row: row.row,
        metricId: metric.id,
        metricName: metric.name,
        periodStart: row.periodStart,
        periodLabel: label,
        value: row.value,
        kind,
        message,
      });

    // The previous period as it will stand: this file's figure if it has one, else the store's.
    const previousStart = previousPeriodStart(row.periodStart, metric.frequency);
    const previous =
      incoming.get(`${metric.id}\u0000${previousStart}`) ??
      metric.actuals.find((a) => a.periodStart === previousStart)?.value;
    if (previous !== undefined) {
      const previousLabel = periodLabel(previousStart, metric.frequency);
      const change = Math.abs(row.value - previous);
      if (change > CHANGE_THRESHOLD * Math.abs(previous)) {
        warn(
          'change',
          previous === 0
            ? `${number.format(row.value)} where ${previousLabel} was 0`
            : `${number.format(row.value)} is ${Math.round((change / Math.abs(previous)) * 100)}% ${row.value > previous ? 'above' : 'below'} ${previousLabel} (${number.format(previous)}); more than 50% away`,
        );
      }
    }

    const spc = spcFor(metric.id);
    // A cumulative metric's chart is of increments: judge what this figure adds to the previous
    // period's (nothing to judge without it).
    const checked =
      metric.cumulative === true
        ? previous === undefined
          ? null
          : row.value - previous
        : row.value;
    if (spc && checked !== null) {
      const { lower, upper } = limitsFor(spc, row.periodStart);
      if (checked > upper || checked < lower) {
        const what =
          metric.cumulative === true
            ? `The increase of ${number.format(checked)} on ${periodLabel(previousStart, metric.frequency)}`
            : number.format(row.value);
        warn(
          'spc',
          `${what} is ${checked > upper ? 'above the upper' : 'below the lower'} process limit (${number.format(lower)} to ${number.format(upper)}): a signal of special-cause variation, or a mistake`,
        );
      }
    }
  }
  return warnings;
}

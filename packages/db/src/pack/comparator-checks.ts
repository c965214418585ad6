// Cross-file checks of a comparison series (issue 18): metrics.csv names it (comparator_name,
// comparator_source) and comparators.csv gives its values. Unknown metrics and periods off the
// metric's frequency are checked with forecasts and actuals (read-pack); here, what only the
// whole series can say: a named comparator has values and a source, values have a named
// comparator, and the baseline's measurement period has values to scale by (core's
// comparatorBaseLevel would otherwise refuse the metric at evaluation, long after the load).
import type { Comparator } from '@outcomes/core';
import { baselinesCsv, comparatorsCsv, metricsCsv } from './pack-files.js';
import type { Report } from './validate-pack.js';

interface Line<T> {
  line: number;
  row: T;
}

export interface ComparatorCheckInput {
  metrics: readonly Line<{
    id: string;
    comparator_name: string | null;
    comparator_source: string | null;
  }>[];
  baselines: readonly Line<{
    metric_id: string;
    measured_from: string | null;
    measured_to: string | null;
  }>[];
  comparators: readonly Line<{ metric_id: string; period_start: string; value: number }>[];
  /** Metric ids with a row in comparators.csv, valid or not; null when not read in full. */
  metricsWithRows: ReadonlySet<string> | null;
}

export function checkComparators(input: ComparatorCheckInput, report: Report): void {
  const { metrics, baselines, comparators, metricsWithRows } = input;
  const rowsOf = groupByMetric(comparators);
  const baselineOf = new Map(baselines.map((b) => [b.row.metric_id, b]));
  for (const { line, row } of metrics) {
    const named = row.comparator_name !== null;
    const hasRows = metricsWithRows === null || metricsWithRows.has(row.id);
    if (!named && row.comparator_source !== null) {
      report({
        file: metricsCsv.file,
        line,
        column: 'comparator_name',
        message: `metric "${row.id}" gives a comparator_source but no comparator_name; expected whose series it is, such as "England, ONS"`,
      });
    }
    if (named && row.comparator_source === null) {
      report({
        file: metricsCsv.file,
        line,
        column: 'comparator_source',
        message: `metric "${row.id}" has a comparator but no comparator_source; expected where its figures come from`,
      });
    }
    if (!named && metricsWithRows?.has(row.id) === true) {
      report({
        file: metricsCsv.file,
        line,
        column: 'comparator_name',
        message: `metric "${row.id}" has values in comparators.csv but no comparator_name; expected whose series it is, with comparator_source`,
      });
    }
    if (named && !hasRows) {
      report({
        file: metricsCsv.file,
        line,
        column: 'comparator_name',
        message: `metric "${row.id}" names a comparator but comparators.csv has no values for it; expected rows "${row.id},<period_start>,<value>"`,
      });
    }
    if (!named) continue;
    const rows = rowsOf.get(row.id) ?? [];
    const baseline = baselineOf.get(row.id);
    if (baseline === undefined || rows.length === 0) continue;
    const from = baseline.row.measured_from;
    if (from === null) {
      report({
        file: baselinesCsv.file,
        line: baseline.line,
        column: 'measured_from',
        message: `metric "${row.id}" takes its counterfactual from a comparator, which is scaled to the baseline over its measurement period; expected measured_from`,
      });
      continue;
    }
    const to = baseline.row.measured_to ?? from;
    const inWindow = rows.filter((r) => r.row.period_start >= from && r.row.period_start <= to);
    const mean =
      inWindow.length === 0 ? 0 : inWindow.reduce((s, r) => s + r.row.value, 0) / inWindow.length;
    if (!(mean > 0)) {
      report({
        file: comparatorsCsv.file,
        line: inWindow[0]?.line ?? null,
        column: inWindow.length === 0 ? 'period_start' : 'value',
        message:
          inWindow.length === 0
            ? `metric "${row.id}": no comparator value for a period starting from ${from} to ${to}, the baseline's measurement period; expected at least one, to scale the series to the baseline`
            : `metric "${row.id}": the comparator's values from ${from} to ${to} (the baseline's measurement period) average 0; expected a mean above 0 to scale by`,
      });
    }
  }
}

export function groupByMetric<T extends { metric_id: string }>(
  rows: readonly Line<T>[],
): Map<string, Line<T>[]> {
  const groups = new Map<string, Line<T>[]>();
  for (const r of rows) {
    const list = groups.get(r.row.metric_id) ?? [];
    list.push(r);
    groups.set(r.row.metric_id, list);
  }
  return groups;
}

/** A checked metric row's comparator, or nothing when it names none (so its figures stand). */
export function packComparator(
  row: { id: string; comparator_name: string | null; comparator_source: string | null },
  rowsOf: ReadonlyMap<string, readonly Line<{ period_start: string; value: number }>[]>,
): { comparator?: Comparator } {
  if (row.comparator_name === null) return {};
  return {
    comparator: {
      name: row.comparator_name,
      source: row.comparator_source ?? '',
      values: (rowsOf.get(row.id) ?? []).map((c) => ({
        periodStart: c.row.period_start,
        value: c.row.value,
      })),
    },
  };
}

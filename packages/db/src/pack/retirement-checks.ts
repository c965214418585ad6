// Cross-file checks of metrics.csv retired_from (issue 17: a metric with returns is never
// deleted, only retired). The rules, documented in the README's pack format:
// - the date starts one of the metric's periods (the 1st of a month, a quarter's first day or
//   1 April), so every period is plainly before it (owed) or on or after it (owed by no one);
// - it falls on or after the programme's first day (1 April of its first financial year);
// - no figure is returned for a period starting on or after it: retiring never hides a figure,
//   so retire it from a date after its last returned figure.
// Each problem names file, line and column.
import {
  financialYearStart,
  figuresDue,
  isValidPeriodStart,
  periodLabel,
  type Frequency,
  type Programme,
} from '@outcomes/core';
import { metricsCsv } from './pack-files.js';
import type { Report } from './validate-pack.js';

interface Line<T> {
  line: number;
  row: T;
}

export interface RetirementCheckInput {
  metrics: readonly Line<{ id: string; frequency: Frequency; retired_from: string | null }>[];
  actuals: readonly Line<{ metric_id: string; period_start: string }>[];
  programme: Pick<Programme, 'firstFinancialYear'> | null;
}

const STARTS: Record<Frequency, string> = {
  month: 'the 1st of a month',
  quarter: '1 April, 1 July, 1 October or 1 January',
  year: '1 April',
};

export function checkRetirements(input: RetirementCheckInput, report: Report): void {
  const lastReturned = new Map<string, string>();
  for (const { row } of input.actuals) {
    const last = lastReturned.get(row.metric_id);
    if (last === undefined || row.period_start > last) {
      lastReturned.set(row.metric_id, row.period_start);
    }
  }
  const start =
    input.programme === null ? null : financialYearStart(input.programme.firstFinancialYear);
  for (const { line, row } of input.metrics) {
    const from = row.retired_from;
    if (from === null) continue;
    const problem = (message: string) =>
      report({ file: metricsCsv.file, line, column: 'retired_from', message });
    if (!isValidPeriodStart(from, row.frequency)) {
      problem(
        `${from} does not start a ${row.frequency} of metric "${row.id}"; expected the first day ` +
          `from which no figures are due, on ${STARTS[row.frequency]}`,
      );
      continue;
    }
    if (start !== null && from < start) {
      problem(
        `${from} is before the programme starts (${start}); expected a date on or after ${start}`,
      );
      continue;
    }
    const last = lastReturned.get(row.id);
    if (last !== undefined && !figuresDue(last, from)) {
      problem(
        `metric "${row.id}" has a figure returned for ${periodLabel(last, row.frequency)} ` +
          `(from ${last}), on or after ${from}; retire it from a date after its last returned figure`,
      );
    }
  }
}

// What each partner owes: for every metric it returns, each period of the programme (from its
// first financial year to the end of its horizon) that has ended by asOf with no figure known by
// then (overdue), and the period in progress (due next, owed once it ends). A retired metric's
// periods from its retirement date are owed by no one.
import type { PartnerReturns, ReturnDue, ReturnsDue } from '@outcomes/contract';
import {
  figuresDue,
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  hasEnded,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  requireFinancialYear,
  type IsoDate,
  type Metric,
  type ProgrammeData,
} from '@outcomes/core';
import { previousPeriodStart } from './plausibility.js';

/** The first and last day of the programme's horizon: `years` financial years from the first. */
export function programmeHorizon(data: ProgrammeData): { from: IsoDate; to: IsoDate } {
  const first = requireFinancialYear(data.programme.firstFinancialYear);
  return {
    from: financialYearStart(financialYearLabel(first)),
    to: financialYearEnd(financialYearLabel(first + data.programme.years - 1)),
  };
}

/** The metric's figure of its latest period that has one (null when none has). */
function lastReturned(metric: Metric): { value: number; label: string } | null {
  let last: { periodStart: IsoDate; value: number } | null = null;
  for (const a of metric.actuals) if (last === null || a.periodStart > last.periodStart) last = a;
  return last === null
    ? null
    : { value: last.value, label: periodLabel(last.periodStart, metric.frequency) };
}

function due(
  metric: Metric,
  start: IsoDate,
  valueOf: Map<string, number>,
  last: { value: number; label: string } | null,
): ReturnDue {
  const previous = previousPeriodStart(start, metric.frequency);
  return {
    metricId: metric.id,
    metricName: metric.name,
    unit: metric.unit,
    frequency: metric.frequency,
    periodStart: start,
    periodLabel: periodLabel(start, metric.frequency),
    lastValue: last?.value ?? null,
    lastPeriodLabel: last?.label ?? null,
    periodEnd: periodEnd(start, metric.frequency),
    previousValue: valueOf.get(previous) ?? null,
  };
}

/**
 * Returns owed as known at `asOf`: `data` must be read as known then (getProgrammeData with
 * asOf), so a figure returned later still shows as owed at the time.
 */
export function returnsDue(data: ProgrammeData, asOf: IsoDate): ReturnsDue {
  const { from, to } = programmeHorizon(data);
  const byPartner = new Map<string, PartnerReturns>();
  for (const partner of data.partners) {
    byPartner.set(partner.id, {
      partnerId: partner.id,
      partnerName: partner.name,
      overdue: [],
      dueNext: [],
    });
  }
  for (const metric of data.metrics) {
    const owed = byPartner.get(metric.ownerPartnerId);
    if (!owed) continue;
    const valueOf = new Map(metric.actuals.map((a) => [a.periodStart, a.value]));
    const last = lastReturned(metric);
    // The horizon starts on 1 April, which starts a month, a quarter and a financial year alike.
    for (let start = from; start <= to; start = nextPeriodStart(start, metric.frequency)) {
      // A retired metric owes nothing from its retirement date on (issue 17).
      if (!figuresDue(start, metric.retiredFrom)) break;
      if (!hasEnded(start, metric.frequency, asOf)) {
        owed.dueNext.push(due(metric, start, valueOf, last));
        break;
      }
      if (!valueOf.has(start)) owed.overdue.push(due(metric, start, valueOf, last));
    }
  }
  const byEnd = (a: ReturnDue, b: ReturnDue) =>
    a.periodEnd.localeCompare(b.periodEnd) || a.metricName.localeCompare(b.metricName);
  const partners = [...byPartner.values()].filter((p) =>
    data.metrics.some((m) => m.ownerPartnerId === p.partnerId),
  );
  for (const p of partners) {
    p.overdue.sort(byEnd);
    p.dueNext.sort(byEnd);
  }
  return { programmeId: data.programme.id, asOf, from, to, partners };
}

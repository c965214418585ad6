// The entry form for one partner and quarter: each of the partner's metrics' periods that end in
// the quarter (three months, one quarter, or a financial year in its last quarter), with the
// figure as it stands and the period before's figure to show beside the input. A retired metric's
// periods from its retirement date are owed by no one, so the form does not ask for them.
import type { EntryItem, EntrySheet } from '@outcomes/contract';
import {
  figuresDue,
  hasEnded,
  nextPeriodStart,
  periodEnd,
  periodLabel,
  type IsoDate,
  type ProgrammeData,
} from '@outcomes/core';
import { previousPeriodStart } from './plausibility.js';
import { programmeHorizon } from './returns-due.js';

/** Every financial quarter of the programme that has ended by `today`, newest first. */
export function endedQuarters(
  data: ProgrammeData,
  today: IsoDate,
): { start: IsoDate; label: string }[] {
  const { from, to } = programmeHorizon(data);
  const quarters: { start: IsoDate; label: string }[] = [];
  for (let start = from; start <= to; start = nextPeriodStart(start, 'quarter')) {
    if (!hasEnded(start, 'quarter', today)) break;
    quarters.push({ start, label: periodLabel(start, 'quarter') });
  }
  return quarters.reverse();
}

/** Null when the partner returns no metric or `quarter` is not one of the choices. */
export function entrySheet(
  data: ProgrammeData,
  partnerId: string,
  today: IsoDate,
  quarter: IsoDate | undefined,
): EntrySheet | null {
  const partner = data.partners.find((p) => p.id === partnerId);
  const metrics = data.metrics.filter((m) => m.ownerPartnerId === partnerId);
  const quarters = endedQuarters(data, today);
  const chosen = quarter === undefined ? quarters[0] : quarters.find((q) => q.start === quarter);
  if (!partner || metrics.length === 0 || !chosen) return null;
  const quarterEnd = periodEnd(chosen.start, 'quarter');

  const items: EntryItem[] = [];
  for (const metric of metrics) {
    const valueOf = new Map(metric.actuals.map((a) => [a.periodStart, a.value]));
    // From the start of the quarter (of the financial year, for yearly metrics), every period
    // that ends inside the quarter.
    let start: IsoDate =
      metric.frequency === 'year' ? `${Number(quarterEnd.slice(0, 4)) - 1}-04-01` : chosen.start;
    while (start <= quarterEnd) {
      const end = periodEnd(start, metric.frequency);
      if (end >= chosen.start && end <= quarterEnd && figuresDue(start, metric.retiredFrom)) {
        const previous = previousPeriodStart(start, metric.frequency);
        items.push({
          metricId: metric.id,
          metricName: metric.name,
          unit: metric.unit,
          frequency: metric.frequency,
          periodStart: start,
          periodLabel: periodLabel(start, metric.frequency),
          currentValue: valueOf.get(start) ?? null,
          previousValue: valueOf.get(previous) ?? null,
          previousLabel: periodLabel(previous, metric.frequency),
        });
      }
      start = nextPeriodStart(start, metric.frequency);
    }
  }
  return {
    programmeId: data.programme.id,
    partnerId,
    partnerName: partner.name,
    quarterStart: chosen.start,
    quarterLabel: chosen.label,
    quarters,
    items,
  };
}

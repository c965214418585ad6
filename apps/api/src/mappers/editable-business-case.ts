// The business-case part of the framework the admins' forms start from: outcomes, baselines,
// bearers, each metric's forecast periods and the cost lines, as stored last (the live rows, not
// the version in force), money in pounds (stored pence over 100, exact to the penny).
import type { EditableFramework } from '@outcomes/contract';
import {
  financialYearEnd,
  financialYearLabel,
  financialYearStart,
  periodsInRange,
  requireFinancialYear,
} from '@outcomes/core';
import type { Pack } from '@outcomes/db';
import { costLineId } from '../services/programme-setup/cost-line-id.js';

type EditableBusinessCase = Pick<
  EditableFramework,
  'outcomes' | 'baselines' | 'bearers' | 'forecasts' | 'costLines'
>;

/** The last day of the programme's last financial year. */
function horizonEnd(pack: Pack): string {
  const first = requireFinancialYear(pack.programme.firstFinancialYear);
  return financialYearEnd(financialYearLabel(first + pack.programme.years - 1));
}

/**
 * A metric's forecast periods: every period of its frequency in the programme's years, and any
 * stored outside them (so the form hides nothing), in date order with the stored value or null.
 */
function forecastPeriods(pack: Pack, metric: Pack['metrics'][number]) {
  const stored = new Map(
    pack.forecasts.filter((f) => f.metricId === metric.id).map((f) => [f.periodStart, f.value]),
  );
  const start = financialYearStart(pack.programme.firstFinancialYear);
  const starts = new Set([
    ...periodsInRange(start, horizonEnd(pack), metric.frequency),
    ...stored.keys(),
  ]);
  return [...starts].sort().map((periodStart) => ({
    periodStart,
    value: stored.get(periodStart) ?? null,
  }));
}

export function toEditableBusinessCase(pack: Pack): EditableBusinessCase {
  return {
    outcomes: pack.outcomes.map((o) => ({ id: o.id, name: o.name })),
    baselines: pack.baselines.map((b) => ({
      metricId: b.metricId,
      value: b.value,
      annualGrowth: b.annualGrowth,
      measuredFrom: b.measuredFrom,
      measuredTo: b.measuredTo,
      note: b.note,
      growthFrom: b.growthFrom ?? null,
    })),
    bearers: pack.unitCosts.map((u) => ({
      unitCostId: u.id,
      bearers: u.bearers.map((b) => ({ partnerId: b.partnerId, share: b.share })),
    })),
    forecasts: pack.metrics.map((m) => ({
      metricId: m.id,
      frequency: m.frequency,
      periods: forecastPeriods(pack, m),
    })),
    costLines: pack.costs.map((c) => ({
      id: costLineId(c),
      strandId: c.strandId,
      partnerId: c.partnerId,
      financialYear: c.financialYear,
      kind: c.kind,
      forecastGbp: c.forecastPence / 100,
      actualGbp: c.actualPence === null ? null : c.actualPence / 100,
      priceYear: c.priceYear ?? null,
      optimismBiasCategory: c.optimismBiasCategory ?? null,
      optimismBias: c.optimismBias ?? null,
    })),
  };
}

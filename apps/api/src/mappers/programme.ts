import type { ProgrammeDetail, ProgrammeListItem, MetricDefinition } from '@outcomes/contract';
import {
  comparatorBaseLevel,
  type Metric,
  type MetricEvaluation,
  type ProgrammeData,
} from '@outcomes/core';

export function toProgrammeDetail(data: ProgrammeData): ProgrammeDetail {
  const p = data.programme;
  return {
    id: p.id,
    name: p.name,
    place: p.place,
    description: p.description,
    illustrative: p.illustrative,
    firstFinancialYear: p.firstFinancialYear,
    years: p.years,
    priceBaseYear: p.priceBaseYear,
    discountRate: p.discountRate,
    ragThresholds: { ...p.ragThresholds },
    reinvestmentShare: p.reinvestmentShare,
    optimismBias: Object.fromEntries(Object.entries(p.optimismBias)),
    partners: data.partners.map(({ id, name, kind, budget }) => ({
      id,
      name,
      kind,
      budget: budget ?? 'local',
    })),
    outcomes: data.outcomes.map(({ id, name }) => ({ id, name })),
    strands: data.strands.map(({ id, name, sponsorPartnerId, description }) => ({
      id,
      name,
      sponsorPartnerId,
      description,
    })),
  };
}

export function toProgrammeListItem(p: {
  id: string;
  name: string;
  place: string;
  illustrative: boolean;
}): ProgrammeListItem {
  return { id: p.id, name: p.name, place: p.place, illustrative: p.illustrative };
}

/** A metric as the API describes it: its unit cost by name, and its counterfactual's anchor. */
export function toMetricDefinition(data: ProgrammeData, m: MetricEvaluation): MetricDefinition {
  const { metric } = m;
  const { baseline } = metric;
  return {
    id: metric.id,
    strandId: metric.strandId,
    outcomeId: metric.outcomeId,
    outcomeName: data.outcomes.find((o) => o.id === metric.outcomeId)?.name ?? metric.outcomeId,
    name: metric.name,
    unit: metric.unit,
    frequency: metric.frequency,
    polarity: metric.polarity,
    kind: metric.kind,
    cumulative: metric.cumulative === true,
    ownerPartnerId: metric.ownerPartnerId,
    unitCostId: metric.unitCostId,
    unitCostName:
      metric.unitCostId === null
        ? null
        : (data.unitCosts.find((u) => u.id === metric.unitCostId)?.name ?? metric.unitCostId),
    attribution: metric.attribution,
    source: metric.source,
    retiredFrom: metric.retiredFrom ?? null,
    baseline: {
      value: baseline.value,
      annualGrowth: baseline.annualGrowth,
      measuredFrom: baseline.measuredFrom,
      measuredTo: baseline.measuredTo,
      note: baseline.note,
      growthFrom: baseline.growthFrom ?? null,
    },
    counterfactualAnchor: { ...m.counterfactualAnchor },
    comparator: toComparator(metric),
  };
}

/** The metric's comparison series as the page names it, with the level core scales it by. */
function toComparator(metric: Metric): MetricDefinition['comparator'] {
  const c = metric.comparator;
  if (c === undefined || c === null) return null;
  const { measuredFrom, measuredTo } = metric.baseline;
  // The evaluation has already refused a comparator without a measurement period.
  if (measuredFrom === null) return null;
  return {
    name: c.name,
    source: c.source,
    baseLevel: comparatorBaseLevel(c, measuredFrom, measuredTo ?? measuredFrom, metric.id),
  };
}

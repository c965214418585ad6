import type { ProgrammeDetail, ProgrammeListItem, MetricDefinition } from '@outcomes/contract';
import type { Metric, ProgrammeData } from '@outcomes/core';

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
    partners: data.partners.map(({ id, name, kind }) => ({ id, name, kind })),
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

export function toMetricDefinition(
  metric: Metric,
  outcomeName: string,
  unitCostName: string | null,
): MetricDefinition {
  return {
    id: metric.id,
    strandId: metric.strandId,
    outcomeId: metric.outcomeId,
    outcomeName,
    name: metric.name,
    unit: metric.unit,
    frequency: metric.frequency,
    polarity: metric.polarity,
    kind: metric.kind,
    ownerPartnerId: metric.ownerPartnerId,
    unitCostId: metric.unitCostId,
    unitCostName,
    attribution: metric.attribution,
    source: metric.source,
    baseline: { ...metric.baseline },
  };
}

import type {
  MetricSeries,
  ProgrammeSummary,
  StrandDetail,
  StrandMetric,
  StrandSummary,
} from '@outcomes/contract';
import {
  cumulativeBenefitByQuarter,
  roundToPence,
  type MetricEvaluation,
  type ProgrammeData,
  type ProgrammeEvaluation,
  type StrandEvaluation,
} from '@outcomes/core';
import { BENEFIT_MONEY_KEYS, roundMoneyFields, roundOrNull } from './money.js';
import { toMetricDefinition } from './programme.js';

const outcomeNameOf = (data: ProgrammeData, outcomeId: string): string =>
  data.outcomes.find((o) => o.id === outcomeId)?.name ?? outcomeId;

export function toStrandSummary(s: StrandEvaluation): StrandSummary {
  return {
    id: s.strand.id,
    name: s.strand.name,
    sponsorPartnerId: s.strand.sponsorPartnerId,
    rag: s.rag,
    achievement: s.achievement,
    ...roundMoneyFields(s, BENEFIT_MONEY_KEYS),
    costToDate: roundToPence(s.costToDate),
    metricRag: { ...s.metricRag },
  };
}

export function toProgrammeSummary(evaluation: ProgrammeEvaluation): ProgrammeSummary {
  const t = evaluation.totals;
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    totals: {
      ...roundMoneyFields(t, BENEFIT_MONEY_KEYS),
      costToDate: roundToPence(t.costToDate),
      netBenefitToDate: roundToPence(t.netBenefitToDate),
      achievement: t.achievement,
      rag: t.rag,
      missingReturns: t.missingReturns,
    },
    strands: evaluation.strands.map(toStrandSummary),
    cumulativeByQuarter: cumulativeBenefitByQuarter(evaluation).map((q) => ({
      periodStart: q.periodStart,
      label: q.label,
      cumulativeForecastBenefit: roundToPence(q.cumulativeForecastBenefit),
      cumulativeRealisedBenefit: roundToPence(q.cumulativeRealisedBenefit),
    })),
  };
}

function unitCostNameOf(data: ProgrammeData, unitCostId: string | null): string | null {
  if (unitCostId === null) return null;
  return data.unitCosts.find((u) => u.id === unitCostId)?.name ?? unitCostId;
}

function toStrandMetric(data: ProgrammeData, m: MetricEvaluation): StrandMetric {
  return {
    ...toMetricDefinition(
      m.metric,
      outcomeNameOf(data, m.metric.outcomeId),
      unitCostNameOf(data, m.metric.unitCostId),
    ),
    rag: m.rag,
    achievement: m.achievement,
    forecastBenefitToDate: roundToPence(m.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(m.realisedBenefitToDate),
    missingReturns: m.missingReturns,
    latestActual: m.latestActual,
    trend: m.periods
      .filter((p) => p.toDate && p.actual !== null)
      .map((p) => ({ periodStart: p.periodStart, label: p.label, value: p.actual as number })),
  };
}

export function toStrandDetail(
  data: ProgrammeData,
  evaluation: ProgrammeEvaluation,
  strand: StrandEvaluation,
): StrandDetail {
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    strand: { ...strand.strand },
    summary: toStrandSummary(strand),
    metrics: strand.metrics.map((m) => toStrandMetric(data, m)),
  };
}

export function toMetricSeries(
  data: ProgrammeData,
  evaluation: ProgrammeEvaluation,
  m: MetricEvaluation,
  spc: MetricSeries['spc'],
): MetricSeries {
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    metric: toMetricDefinition(
      m.metric,
      outcomeNameOf(data, m.metric.outcomeId),
      unitCostNameOf(data, m.metric.unitCostId),
    ),
    rag: m.rag,
    achievement: m.achievement,
    forecastBenefitToDate: roundToPence(m.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(m.realisedBenefitToDate),
    periods: m.periods.map((p) => ({
      periodStart: p.periodStart,
      label: p.label,
      counterfactual: p.counterfactual,
      forecast: p.forecast,
      actual: p.actual,
      forecastImprovement: p.forecastImprovement,
      actualImprovement: p.actualImprovement,
      forecastBenefit: roundOrNull(p.forecastBenefit),
      realisedBenefit: roundOrNull(p.realisedBenefit),
      missingReturn: p.missingReturn,
    })),
    spc,
  };
}

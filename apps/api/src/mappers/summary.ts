import type {
  MetricSeries,
  ProgrammeSummary,
  StrandDetail,
  StrandMetric,
  StrandSummary,
} from '@outcomes/contract';
import {
  benefitFromGrowth,
  cumulativeBenefitByQuarter,
  roundToPence,
  spcAndMoneyDisagree,
  type MetricEvaluation,
  type ProgrammeData,
  type ProgrammeEvaluation,
  type StrandEvaluation,
} from '@outcomes/core';
import { BENEFIT_MONEY_KEYS, roundMoneyFields, roundOrNull } from './money.js';
import { toMetricDefinition } from './programme.js';

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

export function toProgrammeSummary(
  data: ProgrammeData,
  evaluation: ProgrammeEvaluation,
): ProgrammeSummary {
  const t = evaluation.totals;
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    businessCase: data.businessCase ?? null,
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

function toStrandMetric(data: ProgrammeData, m: MetricEvaluation): StrandMetric {
  return {
    ...toMetricDefinition(data, m),
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
    businessCase: data.businessCase ?? null,
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
  const split = benefitFromGrowth(m);
  return {
    programmeId: evaluation.programmeId,
    asOf: evaluation.asOf,
    businessCase: data.businessCase ?? null,
    metric: toMetricDefinition(data, m),
    rag: m.rag,
    achievement: m.achievement,
    forecastBenefitToDate: roundToPence(m.forecastBenefitToDate),
    realisedBenefitToDate: roundToPence(m.realisedBenefitToDate),
    periods: m.periods.map((p) => ({
      periodStart: p.periodStart,
      label: p.label,
      counterfactual: p.counterfactual,
      // Core sets comparator only where the series covers the period (else growth, and null).
      counterfactualFrom:
        p.comparator === undefined || p.comparator === null ? 'growth' : 'comparator',
      comparator: p.comparator ?? null,
      forecast: p.forecast,
      actual: p.actual,
      forecastImprovement: p.forecastImprovement,
      actualImprovement: p.actualImprovement,
      forecastBenefit: roundOrNull(p.forecastBenefit),
      realisedBenefit: roundOrNull(p.realisedBenefit),
      missingReturn: p.missingReturn,
    })),
    spc,
    benefitFromGrowth:
      split === null
        ? null
        : {
            realisedBenefitToDate: roundToPence(split.realisedBenefitToDate),
            fromAssumedGrowth: roundToPence(split.fromAssumedGrowth),
            fromChangeAgainstBaseline: roundToPence(split.fromChangeAgainstBaseline),
          },
    spcAndMoneyDisagree: spcAndMoneyDisagree(spc?.variation ?? null, split),
  };
}

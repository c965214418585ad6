// The whole programme at an as-of date: every metric, every strand, and programme totals. The
// as-of date is a parameter (never the clock), so the same inputs always give the same answer.
import type { IsoDate, Metric, ProgrammeData } from '../domain.js';
import type { MetricEvaluation, ProgrammeEvaluation, StrandEvaluation } from '../evaluation.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { netBenefit } from '../calc/returns/net-benefit.js';
import { parseIsoDate } from '../periods/iso-date.js';
import { groupAchievement, sumBenefitTotals } from './benefit-totals.js';
import { evaluateMetric } from './evaluate-metric.js';
import { evaluateStrand } from './evaluate-strand.js';
import { buildMonetisation } from './monetisation.js';

/** An earlier evaluation and the data it was made from, which a new one may take metrics from. */
export interface EarlierEvaluation {
  data: ProgrammeData;
  evaluation: ProgrammeEvaluation;
}

/**
 * The earlier evaluation of each metric whose every input is the very object it was evaluated
 * from: the metric itself (its figures included), the programme's settings, unit costs and
 * deflators, at the same as-of date. evaluateMetric is pure and inputs are never mutated, so its
 * answer would be the same; a server that has brought its data up to date after a return (only
 * the returned metrics are new objects) evaluates those metrics alone.
 */
function reusableMetricEvaluations(
  data: ProgrammeData,
  asOf: IsoDate,
  earlier: EarlierEvaluation | undefined,
): Map<Metric, MetricEvaluation> {
  const reusable = new Map<Metric, MetricEvaluation>();
  if (
    earlier === undefined ||
    earlier.evaluation.asOf !== asOf ||
    earlier.data.programme !== data.programme ||
    earlier.data.unitCosts !== data.unitCosts ||
    earlier.data.deflators !== data.deflators
  ) {
    return reusable;
  }
  for (const strand of earlier.evaluation.strands) {
    for (const evaluated of strand.metrics) reusable.set(evaluated.metric, evaluated);
  }
  return reusable;
}

/**
 * Evaluates a programme. Strands and their metrics keep the order of `data`. Throws on input
 * the loader should have rejected (a metric of an unknown strand, an unknown unit cost, a
 * missing deflator index, an invalid period start), naming what is wrong.
 *
 * `earlier`, when given, lends the evaluation of every metric whose inputs are unchanged objects
 * (reusableMetricEvaluations); the answer is the same as without it.
 */
export function evaluateProgramme(
  data: ProgrammeData,
  asOf: IsoDate,
  earlier?: EarlierEvaluation,
): ProgrammeEvaluation {
  parseIsoDate(asOf, 'as-of date');
  const { programme } = data;
  const strandIds = new Set(data.strands.map((s) => s.id));
  for (const m of data.metrics) {
    if (!strandIds.has(m.strandId)) {
      throw new Error(`Metric '${m.id}' belongs to unknown strand '${m.strandId}'`);
    }
  }

  const reusable = reusableMetricEvaluations(data, asOf, earlier);
  const metricEvaluations = data.metrics.map(
    (metric) =>
      reusable.get(metric) ??
      evaluateMetric(
        metric,
        buildMonetisation(metric, data.unitCosts, programme, data.deflators),
        programme,
        asOf,
      ),
  );

  const strands: StrandEvaluation[] = data.strands.map((strand) =>
    evaluateStrand(
      strand,
      metricEvaluations.filter((m) => m.metric.strandId === strand.id),
      data.costs,
      programme.ragThresholds,
      asOf,
    ),
  );

  const benefit = sumBenefitTotals(strands);
  // Every cost row counts here, including any not tied to a listed strand.
  const costToDate = costsToDate(data.costs, asOf);
  const { achievement, rag } = groupAchievement(metricEvaluations, programme.ragThresholds);

  return {
    programmeId: programme.id,
    asOf,
    totals: {
      ...benefit,
      costToDate,
      netBenefitToDate: netBenefit(benefit.realisedBenefitToDate, costToDate),
      achievement,
      rag,
      missingReturns: strands.reduce((n, s) => n + s.missingReturns, 0),
    },
    strands,
  };
}

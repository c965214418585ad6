// The whole programme at an as-of date: every metric, every strand, and programme totals. The
// as-of date is a parameter (never the clock), so the same inputs always give the same answer.
import type { IsoDate, ProgrammeData } from '../domain.js';
import type { ProgrammeEvaluation, StrandEvaluation } from '../evaluation.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { netBenefit } from '../calc/returns/net-benefit.js';
import { parseIsoDate } from '../periods/iso-date.js';
import { groupAchievement, sumBenefitTotals } from './benefit-totals.js';
import { evaluateMetric } from './evaluate-metric.js';
import { evaluateStrand } from './evaluate-strand.js';
import { buildMonetisation } from './monetisation.js';

/**
 * Evaluates a programme. Strands and their metrics keep the order of `data`. Throws on input
 * the loader should have rejected (a metric of an unknown strand, an unknown unit cost, a
 * missing deflator index, an invalid period start), naming what is wrong.
 */
export function evaluateProgramme(data: ProgrammeData, asOf: IsoDate): ProgrammeEvaluation {
  parseIsoDate(asOf, 'as-of date');
  const { programme } = data;
  const strandIds = new Set(data.strands.map((s) => s.id));
  for (const m of data.metrics) {
    if (!strandIds.has(m.strandId)) {
      throw new Error(`Metric '${m.id}' belongs to unknown strand '${m.strandId}'`);
    }
  }

  const metricEvaluations = data.metrics.map((metric) =>
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

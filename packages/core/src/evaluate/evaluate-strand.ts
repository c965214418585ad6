// A strand: its metrics' money and returns rolled up, its costs to date, and its RAG.
import type { Cost, IsoDate, RagThresholds, Strand } from '../domain.js';
import type { MetricEvaluation, StrandEvaluation } from '../evaluation.js';
import { costsToDate } from '../calc/returns/costs-to-date.js';
import { netBenefit } from '../calc/returns/net-benefit.js';
import { countRags, groupAchievement, sumBenefitTotals } from './benefit-totals.js';

/**
 * Evaluates a strand from its already evaluated metrics. `costs` may hold every cost row of the
 * programme: only this strand's rows are counted.
 */
export function evaluateStrand(
  strand: Strand,
  metrics: readonly MetricEvaluation[],
  costs: readonly Cost[],
  thresholds: RagThresholds,
  asOf: IsoDate,
): StrandEvaluation {
  const totals = sumBenefitTotals(metrics);
  const costToDate = costsToDate(
    costs.filter((c) => c.strandId === strand.id),
    asOf,
  );
  const { achievement, rag } = groupAchievement(metrics, thresholds);
  return {
    strand,
    ...totals,
    achievement,
    rag,
    costToDate,
    netBenefitToDate: netBenefit(totals.realisedBenefitToDate, costToDate),
    missingReturns: metrics.reduce((n, m) => n + m.missingReturns, 0),
    metricRag: countRags(metrics),
    metrics: [...metrics],
  };
}

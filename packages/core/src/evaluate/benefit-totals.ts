// Rolling metric results up to strands and the programme: money sums, and achievement and RAG
// from money where there is money to go on.
import type { Rag, RagThresholds } from '../domain.js';
import type { BenefitTotals, MetricEvaluation, RagCounts } from '../evaluation.js';
import { ragFor, ragFromAchievement } from '../calc/rag.js';

/** Field-by-field sums of benefit totals (all zero for an empty list). */
export function sumBenefitTotals(items: readonly BenefitTotals[]): BenefitTotals {
  const total: BenefitTotals = {
    forecastBenefitToDate: 0,
    realisedBenefitToDate: 0,
    realisedCashableToDate: 0,
    forecastBenefitWholeCase: 0,
  };
  for (const i of items) {
    total.forecastBenefitToDate += i.forecastBenefitToDate;
    total.realisedBenefitToDate += i.realisedBenefitToDate;
    total.realisedCashableToDate += i.realisedCashableToDate;
    total.forecastBenefitWholeCase += i.forecastBenefitWholeCase;
  }
  return total;
}

/**
 * Achievement and RAG of a group of metrics (a strand, or the whole programme).
 * With any monetised metric: realised / forecast benefit to date over the monetised metrics, so
 * each metric weighs by what it is worth; `no-data` when none of them has a comparable period,
 * `no-target` when that forecast is ≤ 0.
 * With none: the mean of the metrics' achievements, `no-data` when no metric has one (metrics
 * in different units cannot be added, so each counts once).
 */
export function groupAchievement(
  metrics: readonly MetricEvaluation[],
  thresholds: RagThresholds,
): { achievement: number | null; rag: Rag } {
  const monetised = metrics.filter((m) => m.monetisation !== null);
  if (monetised.length > 0) {
    const { forecastBenefitToDate: forecast, realisedBenefitToDate: realised } =
      sumBenefitTotals(monetised);
    const hasData = monetised.some((m) => m.periods.some((p) => p.comparable));
    const value = hasData && forecast > 0 ? realised / forecast : null;
    return { achievement: value, rag: ragFor(value, forecast, thresholds, hasData) };
  }
  const achievements = metrics.flatMap((m) => (m.achievement === null ? [] : [m.achievement]));
  if (achievements.length === 0) return { achievement: null, rag: 'no-data' };
  const mean = achievements.reduce((s, a) => s + a, 0) / achievements.length;
  return { achievement: mean, rag: ragFromAchievement(mean, thresholds) };
}

/** How many metrics have each RAG; every key is present, zero when none. */
export function countRags(metrics: readonly MetricEvaluation[]): RagCounts {
  const counts: RagCounts = { green: 0, amber: 0, red: 0, 'no-data': 0, 'no-target': 0 };
  for (const m of metrics) counts[m.rag] += 1;
  return counts;
}

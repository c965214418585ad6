// One metric at an as-of date: each period's counterfactual, improvements and benefits, and the
// to-date sums, achievement and RAG (DESIGN.md "Calculations").
import type { IsoDate, Metric, PeriodValue, Programme } from '../domain.js';
import type { Monetisation, MetricEvaluation, PeriodEvaluation } from '../evaluation.js';
import { achievement } from '../calc/achievement.js';
import { cashablePart } from '../calc/benefit-split.js';
import { counterfactual } from '../calc/counterfactual.js';
import { counterfactualAnchor, counterfactualYearIndex } from '../calc/counterfactual-anchor.js';
import {
  comparatorBaseLevel,
  comparatorCounterfactual,
} from '../calc/comparator-counterfactual.js';
import { improvement } from '../calc/improvement.js';
import { ragFor } from '../calc/rag.js';
import { figuresDue } from '../calc/retirement.js';
import { financialYearIndex, financialYearOf } from '../periods/financial-year.js';
import { parseIsoDate } from '../periods/iso-date.js';
import { hasEnded, isValidPeriodStart, periodEnd, periodLabel } from '../periods/period.js';

function byPeriod(
  metric: Metric,
  values: readonly PeriodValue[],
  what: string,
): Map<IsoDate, number> {
  const map = new Map<IsoDate, number>();
  for (const v of values) {
    if (!isValidPeriodStart(v.periodStart, metric.frequency)) {
      throw new RangeError(
        `Metric '${metric.id}': ${what} for '${v.periodStart}' is not at the start of a ${metric.frequency}`,
      );
    }
    if (map.has(v.periodStart)) {
      throw new RangeError(`Metric '${metric.id}': two ${what}s for period ${v.periodStart}`);
    }
    map.set(v.periodStart, v.value);
  }
  return map;
}

/** The comparator's values by period and its level over the baseline period, or null. */
function comparatorOf(metric: Metric): { values: Map<IsoDate, number>; base: number } | null {
  const c = metric.comparator;
  if (c === undefined || c === null) return null;
  const { measuredFrom, measuredTo } = metric.baseline;
  if (measuredFrom === null) {
    throw new RangeError(
      `Metric '${metric.id}': a comparator needs the baseline's measurement period (measured_from)`,
    );
  }
  const base = comparatorBaseLevel(c, measuredFrom, measuredTo ?? measuredFrom, metric.id);
  return { values: byPeriod(metric, c.values, 'comparator value'), base };
}

const benefitOf = (units: number | null, m: Monetisation | null): number | null =>
  units === null || m === null ? null : units * m.valuePerUnit;

/**
 * Evaluates a metric. Periods are every forecast period plus every actual period that has ended
 * by `asOf`; an actual for a period not yet ended is ignored entirely (it cannot be final).
 */
export function evaluateMetric(
  metric: Metric,
  monetisation: Monetisation | null,
  programme: Programme,
  asOf: IsoDate,
): MetricEvaluation {
  parseIsoDate(asOf, 'as-of date');
  const forecasts = byPeriod(metric, metric.forecasts, 'forecast');
  const allActuals = byPeriod(metric, metric.actuals, 'actual');
  const actuals = new Map(
    [...allActuals].filter(([start]) => hasEnded(start, metric.frequency, asOf)),
  );
  // ISO dates sort as strings in calendar order.
  const starts = [...new Set([...forecasts.keys(), ...actuals.keys()])].sort();
  const anchor = counterfactualAnchor(metric.baseline, programme.firstFinancialYear);
  const comparator = comparatorOf(metric);

  const periods: PeriodEvaluation[] = starts.map((periodStart) => {
    const financialYear = financialYearOf(periodStart);
    // k counts growth from the anchor; t (the programme's year index) says whether delivery
    // had begun, which decides whether a realised benefit can be claimed.
    const k = counterfactualYearIndex(anchor, financialYear);
    const t = financialYearIndex(financialYear, programme.firstFinancialYear);
    // A period the comparator covers takes its counterfactual from it; any other from growth.
    const comparatorAt = comparator?.values.get(periodStart) ?? null;
    const cf =
      comparator !== null && comparatorAt !== null
        ? comparatorCounterfactual(metric.baseline.value, comparatorAt, comparator.base)
        : counterfactual(metric.baseline.value, metric.baseline.annualGrowth, k);
    const forecast = forecasts.get(periodStart) ?? null;
    const actual = actuals.get(periodStart) ?? null;
    const toDate = hasEnded(periodStart, metric.frequency, asOf);
    const forecastImprovement =
      forecast === null ? null : improvement(forecast, cf, metric.polarity);
    const actualImprovement = actual === null ? null : improvement(actual, cf, metric.polarity);
    return {
      periodStart,
      periodEnd: periodEnd(periodStart, metric.frequency),
      label: periodLabel(periodStart, metric.frequency),
      financialYear,
      toDate,
      counterfactual: cf,
      ...(comparator === null ? {} : { comparator: comparatorAt }),
      forecast,
      actual,
      forecastImprovement,
      actualImprovement,
      forecastBenefit: benefitOf(forecastImprovement, monetisation),
      // Before delivery began there is no benefit to claim: the improvement against the
      // counterfactual is shown, but it is worth nothing to the programme.
      realisedBenefit: t < 0 ? null : benefitOf(actualImprovement, monetisation),
      // A retired metric owes nothing from its retirement date: such a period is not missing.
      missingReturn:
        toDate &&
        forecast !== null &&
        actual === null &&
        figuresDue(periodStart, metric.retiredFrom),
      comparable: toDate && forecast !== null && actual !== null,
    };
  });

  const comparable = periods.filter((p) => p.comparable);
  const cashableShare = monetisation?.unitCost.cashableShare ?? 0;
  let forecastBenefitToDate = 0;
  let realisedBenefitToDate = 0;
  let realisedCashableToDate = 0;
  for (const p of comparable) {
    forecastBenefitToDate += p.forecastBenefit ?? 0;
    realisedBenefitToDate += p.realisedBenefit ?? 0;
    realisedCashableToDate += cashablePart(p.realisedBenefit ?? 0, cashableShare);
  }
  let forecastBenefitWholeCase = 0;
  for (const p of periods) forecastBenefitWholeCase += p.forecastBenefit ?? 0;

  // Comparable periods have both improvements by construction; `?? 0` only satisfies the types.
  const result = achievement(
    comparable.map((p) => p.actualImprovement ?? 0),
    comparable.map((p) => p.forecastImprovement ?? 0),
  );

  const withActual = periods.filter((p) => p.actual !== null);
  const last = withActual[withActual.length - 1];

  return {
    metric,
    monetisation,
    counterfactualAnchor: anchor,
    forecastBenefitToDate,
    realisedBenefitToDate,
    realisedCashableToDate,
    forecastBenefitWholeCase,
    achievement: result.achievement,
    rag: ragFor(
      result.achievement,
      result.forecastSum,
      programme.ragThresholds,
      comparable.length > 0,
    ),
    missingReturns: periods.filter((p) => p.missingReturn).length,
    latestActual:
      last && last.actual !== null
        ? { periodStart: last.periodStart, label: last.label, value: last.actual }
        : null,
    periods,
  };
}

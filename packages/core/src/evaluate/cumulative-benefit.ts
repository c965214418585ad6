// The programme's cumulative forecast and realised benefit by quarter, for the board's trend
// chart. Only comparable periods (ended, with forecast and actual) count, so the two lines
// compare like with like: a missing return lowers neither line.
import type { IsoDate } from '../domain.js';
import type { ProgrammeEvaluation } from '../evaluation.js';
import { periodLabel, quarterStartOf } from '../periods/period.js';

export interface CumulativeBenefitPoint {
  /** First day of the quarter. */
  periodStart: IsoDate;
  /** 'Q1 2013-14'. */
  label: string;
  cumulativeForecastBenefit: number;
  cumulativeRealisedBenefit: number;
}

/**
 * Running totals of forecast and realised benefit, by the quarter containing each period's
 * start (a year falls in its first quarter, a month in its own), ascending, at full precision.
 * Quarters with no monetised comparable period are not listed.
 */
export function cumulativeBenefitByQuarter(
  evaluation: ProgrammeEvaluation,
): CumulativeBenefitPoint[] {
  const byQuarter = new Map<IsoDate, { forecast: number; realised: number }>();
  for (const strand of evaluation.strands) {
    for (const metric of strand.metrics) {
      for (const p of metric.periods) {
        if (!p.comparable || p.forecastBenefit === null || p.realisedBenefit === null) continue;
        const q = quarterStartOf(p.periodStart);
        const sums = byQuarter.get(q) ?? { forecast: 0, realised: 0 };
        sums.forecast += p.forecastBenefit;
        sums.realised += p.realisedBenefit;
        byQuarter.set(q, sums);
      }
    }
  }
  let forecast = 0;
  let realised = 0;
  return [...byQuarter.keys()].sort().map((q) => {
    const sums = byQuarter.get(q) ?? { forecast: 0, realised: 0 };
    forecast += sums.forecast;
    realised += sums.realised;
    return {
      periodStart: q,
      label: periodLabel(q, 'quarter'),
      cumulativeForecastBenefit: forecast,
      cumulativeRealisedBenefit: realised,
    };
  });
}

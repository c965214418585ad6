import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import type { Metric } from '../domain.js';
import { evaluateMetric } from './evaluate-metric.js';
import { buildMonetisation } from './monetisation.js';
import { metricBridge } from '../variance/variance-bridge.js';

const data = smallProgramme();
const metric = (id: string): Metric => {
  const m = data.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`fixture has no metric ${id}`);
  return m;
};
const evaluate = (m: Metric, asOf = AS_OF) =>
  evaluateMetric(
    m,
    buildMonetisation(m, data.unitCosts, data.programme, data.deflators),
    data.programme,
    asOf,
  );

describe('evaluateMetric — a monetised actual from before the programme', () => {
  // The programme starts in 2013-14. A return for Mar 2013 (k = −1) has cf = 100 / 1.25 = 80 and
  // actual 70, so A = 80 − 70 = 10: an improvement is shown, but it is worth nothing (null), as
  // no benefit can be claimed before delivery began; with £1,235 a unit it would have been £12,350.
  const m = metric('da-incidents');
  const early = { ...m, actuals: [{ periodStart: '2013-03-01', value: 70 }, ...m.actuals] };
  const e = evaluate(early);

  it('shows the improvement and no realised benefit', () => {
    expect(e.periods[0]).toMatchObject({ label: 'Mar 2013', counterfactual: 80, actual: 70 });
    expect(e.periods[0]?.actualImprovement).toBeCloseTo(10, 10);
    expect(e.periods[0]?.realisedBenefit).toBeNull();
    expect(e.periods[1]?.realisedBenefit).toBeCloseTo(6175, 6); // Jan 2014 as before
  });
});

describe('evaluateMetric — monthly flow, lower is better, monetised (da-incidents)', () => {
  // As of 2014-05-20. Baseline 100/month, growth 0.25: k = 0 in 2013-14 → cf 100;
  // k = 1 in 2014-15 → cf 100 × 1.25 = 125. Value per unit 0.5 × 2,600 × 0.95 = £1,235.
  //            forecast  F = cf − f   actual        A = cf − a   comparable
  //  Jan 2014     90        10          95             5          yes
  //  Feb 2014     90        10          —              —          missing return
  //  Mar 2014     90        10          88            12          yes
  //  Apr 2014    110        15         120             5          yes (ends 30 Apr)
  //  May 2014    110        15   (100 ignored: ends 31 May > as-of)   not to date
  const e = evaluate(metric('da-incidents'));

  it('lists every forecast period and ignores the actual that has not ended', () => {
    expect(e.periods.map((p) => [p.label, p.counterfactual, p.forecast, p.actual])).toEqual([
      ['Jan 2014', 100, 90, 95],
      ['Feb 2014', 100, 90, null],
      ['Mar 2014', 100, 90, 88],
      ['Apr 2014', 125, 110, 120],
      ['May 2014', 125, 110, null],
    ]);
    const may = e.periods[4];
    expect(may).toMatchObject({
      periodStart: '2014-05-01',
      periodEnd: '2014-05-31',
      financialYear: '2014-15',
      toDate: false,
      missingReturn: false,
      comparable: false,
      actualImprovement: null,
      realisedBenefit: null,
    });
  });

  it('computes improvements, flags and benefits per period', () => {
    expect(e.periods.map((p) => p.forecastImprovement)).toEqual([10, 10, 10, 15, 15]);
    expect(e.periods.map((p) => p.actualImprovement)).toEqual([5, null, 12, 5, null]);
    expect(e.periods.map((p) => p.comparable)).toEqual([true, false, true, true, false]);
    expect(e.periods.map((p) => p.missingReturn)).toEqual([false, true, false, false, false]);
    // Jan: F 10 × 1,235 = 12,350; A 5 × 1,235 = 6,175.
    expect(e.periods[0]?.forecastBenefit).toBeCloseTo(12350, 6);
    expect(e.periods[0]?.realisedBenefit).toBeCloseTo(6175, 6);
  });

  it('sums money over comparable periods and the whole case over every forecast', () => {
    // Comparable Jan, Mar, Apr: ΣF = 10 + 10 + 15 = 35; ΣA = 5 + 12 + 5 = 22.
    // Forecast to date 35 × 1,235 = 43,225; realised 22 × 1,235 = 27,170;
    // cashable 27,170 × 0.4 = 10,868. Whole case: (10 + 10 + 10 + 15 + 15) = 60 × 1,235 = 74,100.
    expect(e.forecastBenefitToDate).toBeCloseTo(43225, 6);
    expect(e.realisedBenefitToDate).toBeCloseTo(27170, 6);
    expect(e.realisedCashableToDate).toBeCloseTo(10868, 6);
    expect(e.forecastBenefitWholeCase).toBeCloseTo(74100, 6);
  });

  it('grades achievement from improvements, counts the missing return, finds the latest actual', () => {
    // 22 / 35 = 0.628571... < 0.80 → red.
    expect(e.achievement).toBeCloseTo(22 / 35, 12);
    expect(e.rag).toBe('red');
    expect(e.missingReturns).toBe(1);
    expect(e.latestActual).toEqual({ periodStart: '2014-04-01', label: 'Apr 2014', value: 120 });
  });
});

describe('evaluateMetric — yearly, higher is better, unmonetised (volunteers)', () => {
  // Baseline 100, growth 0. 2012-13 has k = −1: cf = 100 × 1^−1 = 100.
  // 2012-13: actual 100, no forecast → listed, A = 0, not comparable, not missing.
  // 2013-14: forecast 110 → F = 10; actual 108 → A = 8; ended 2014-03-31 → comparable.
  const e = evaluate(metric('volunteers'));

  it('lists an actual without a forecast but does not count it', () => {
    expect(e.periods.map((p) => [p.label, p.forecast, p.actual, p.comparable])).toEqual([
      ['2012-13', null, 100, false],
      ['2013-14', 110, 108, true],
    ]);
    expect(e.periods[0]?.missingReturn).toBe(false);
  });

  it('has no money and an achievement of 8 / 10', () => {
    // 8 / 10 = 0.8 ≥ amber 0.80, < green 0.95 → amber.
    expect(e.monetisation).toBeNull();
    expect(e.periods.every((p) => p.forecastBenefit === null && p.realisedBenefit === null)).toBe(
      true,
    );
    expect(e.forecastBenefitWholeCase).toBe(0);
    expect(e.achievement).toBe(0.8);
    expect(e.rag).toBe('amber');
    expect(e.latestActual).toEqual({ periodStart: '2013-04-01', label: '2013-14', value: 108 });
  });
});

describe('evaluateMetric — edge cases', () => {
  it('is no-data before any period has ended', () => {
    // As of 2013-06-29, Q1 2013-14 (ends 30 Jun) has not ended; every actual is ignored.
    const e = evaluate(metric('children-in-care'), '2013-06-29');
    expect(e.rag).toBe('no-data');
    expect(e.achievement).toBeNull();
    expect(e.latestActual).toBeNull();
    expect(e.forecastBenefitToDate).toBe(0);
    // Whole case still counts all 5 forecasts: F = 2 + 3 + 4 + 5 + 6 = 20; 20 × 9,000 = 180,000.
    expect(e.forecastBenefitWholeCase).toBeCloseTo(180000, 6);
  });

  it('is no-target when the forecast improvement to date is not positive', () => {
    // Forecast equal to the baseline 50 → F = 0; actual 49 → A = 1. Σ F = 0 → no-target.
    const m: Metric = {
      ...metric('children-in-care'),
      forecasts: [{ periodStart: '2013-04-01', value: 50 }],
      actuals: [{ periodStart: '2013-04-01', value: 49 }],
    };
    const e = evaluate(m);
    expect(e.rag).toBe('no-target');
    expect(e.achievement).toBeNull();
    // Money is still counted: realised 1 × 9,000 = 9,000; forecast 0.
    expect(e.realisedBenefitToDate).toBeCloseTo(9000, 6);
  });

  it('refuses a period start that does not suit the frequency, and duplicates', () => {
    const m = metric('children-in-care');
    expect(() => evaluate({ ...m, forecasts: [{ periodStart: '2013-05-01', value: 1 }] })).toThrow(
      "Metric 'children-in-care': forecast for '2013-05-01' is not at the start of a quarter",
    );
    expect(() =>
      evaluate({
        ...m,
        actuals: [
          { periodStart: '2013-04-01', value: 1 },
          { periodStart: '2013-04-01', value: 2 },
        ],
      }),
    ).toThrow("Metric 'children-in-care': two actuals for period 2013-04-01");
  });
});

describe('evaluateMetric — a metric retired from Feb 2014 (issue 17)', () => {
  // da-incidents with only its Jan 2014 figure (95) returned, as of 2014-05-20. Forecasts and
  // counterfactuals as above: Jan F = 10, A = 100 − 95 = 5; Feb, Mar F = 10; Apr F = 15.
  //   in use:              Feb, Mar and Apr have ended with a forecast and no figure: 3 missing.
  //   retired 2014-02-01:  Feb, Mar and Apr start on or after the date, so none is owed: 0 missing.
  // Achievement uses the comparable periods only (Jan): 5 / 10 = 0.5 → red, in both cases.
  // Missing-return money (the bridge's step): (10 + 10 + 15) × £1,235 = £43,225 in use, £0 retired.
  const m = metric('da-incidents');
  const janOnly = { ...m, actuals: [{ periodStart: '2014-01-01', value: 95 }] };
  const inUse = evaluate(janOnly);
  const retired = evaluate({ ...janOnly, retiredFrom: '2014-02-01' });

  it('owes no figure for a period on or after the retirement date', () => {
    expect(inUse.periods.map((p) => p.missingReturn)).toEqual([false, true, true, true, false]);
    expect(inUse.missingReturns).toBe(3);
    expect(retired.periods.map((p) => p.missingReturn)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(retired.missingReturns).toBe(0);
  });

  it('leaves the achievement and RAG of the periods before the date unchanged', () => {
    expect(inUse.achievement).toBeCloseTo(0.5, 12);
    expect(retired.achievement).toBeCloseTo(0.5, 12);
    expect(retired.rag).toBe('red');
    expect(retired.rag).toBe(inUse.rag);
  });

  it('drops the retired periods from the bridge’s missing returns', () => {
    expect(metricBridge(inUse).money.missingReturns).toBeCloseTo(-43225, 6);
    expect(metricBridge(retired).money.missingReturns).toBe(-0);
    expect(metricBridge(retired).missingReturnCount).toBe(0);
  });
});

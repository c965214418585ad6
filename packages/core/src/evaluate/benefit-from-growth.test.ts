import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import type { Metric } from '../domain.js';
import { benefitFromGrowth, spcAndMoneyDisagree } from './benefit-from-growth.js';
import { evaluateMetric } from './evaluate-metric.js';
import { buildMonetisation } from './monetisation.js';

const data = smallProgramme();
const metric = (id: string): Metric => {
  const m = data.metrics.find((x) => x.id === id);
  if (!m) throw new Error(`fixture has no metric ${id}`);
  return m;
};
const evaluate = (m: Metric) =>
  evaluateMetric(
    m,
    buildMonetisation(m, data.unitCosts, data.programme, data.deflators),
    data.programme,
    AS_OF,
  );

describe('benefitFromGrowth', () => {
  // da-incidents as of 2014-05-20 (see evaluate-metric.test.ts): baseline 100 a month, growth
  // 0.25, £1,235 a unit. Comparable periods and the two parts of cf − x:
  //            cf   actual   cf − b (growth)   b − x (change)   cf − x
  //  Jan 2014  100    95          0                 5              5
  //  Mar 2014  100    88          0                12             12
  //  Apr 2014  125   120         25               −20              5
  //  total                       25                −3             22
  // × £1,235: realised 22 × 1,235 = £27,170; from growth 25 × 1,235 = £30,875; change against
  // the baseline −3 × 1,235 = −£3,705. The actuals are worse than the baseline overall, yet a
  // benefit is booked: all of it, and more, from the assumed growth.
  it('splits a lower-is-better benefit into assumed growth and change against the baseline', () => {
    const split = benefitFromGrowth(evaluate(metric('da-incidents')));
    expect(split?.realisedBenefitToDate).toBeCloseTo(27170, 6);
    expect(split?.fromAssumedGrowth).toBeCloseTo(30875, 6);
    expect(split?.fromChangeAgainstBaseline).toBeCloseTo(-3705, 6);
  });

  it('equals the evaluation’s realised benefit to date', () => {
    const e = evaluate(metric('da-incidents'));
    expect(benefitFromGrowth(e)?.realisedBenefitToDate).toBeCloseTo(e.realisedBenefitToDate, 9);
  });

  // The same figures read higher-is-better: p(x − cf) = p(b − cf) + p(x − b) with p = +1.
  //  Jan: b − cf 0, x − b −5; Mar: 0, −12; Apr: 100 − 125 = −25, 120 − 100 = 20.
  //  growth −25 × 1,235 = −£30,875; change 3 × 1,235 = £3,705; realised −22 × 1,235 = −£27,170.
  it('mirrors for higher is better: growth counts against the benefit', () => {
    const split = benefitFromGrowth(evaluate({ ...metric('da-incidents'), polarity: 'higher' }));
    expect(split?.realisedBenefitToDate).toBeCloseTo(-27170, 6);
    expect(split?.fromAssumedGrowth).toBeCloseTo(-30875, 6);
    expect(split?.fromChangeAgainstBaseline).toBeCloseTo(3705, 6);
  });

  it('is null for a metric that is not monetised', () => {
    const m = data.metrics.find((x) => x.unitCostId === null);
    if (!m) throw new Error('fixture has no unmonetised metric');
    expect(benefitFromGrowth(evaluate(m))).toBeNull();
  });
});

describe('spcAndMoneyDisagree', () => {
  const split = {
    realisedBenefitToDate: 27170,
    fromAssumedGrowth: 30875,
    fromChangeAgainstBaseline: -3705,
  };
  it('is true for concern on the chart with a benefit booked partly from assumed growth', () => {
    expect(spcAndMoneyDisagree('special-cause-concern', split)).toBe(true);
  });
  it('is false when the chart shows no concern, nothing is realised, or growth adds nothing', () => {
    expect(spcAndMoneyDisagree('common-cause', split)).toBe(false);
    expect(spcAndMoneyDisagree('special-cause-improvement', split)).toBe(false);
    expect(spcAndMoneyDisagree(null, split)).toBe(false);
    expect(spcAndMoneyDisagree('special-cause-concern', null)).toBe(false);
    expect(
      spcAndMoneyDisagree('special-cause-concern', { ...split, realisedBenefitToDate: -1 }),
    ).toBe(false);
    expect(
      spcAndMoneyDisagree('special-cause-concern', {
        realisedBenefitToDate: 100,
        fromAssumedGrowth: 0,
        fromChangeAgainstBaseline: 100,
      }),
    ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateFinance, financeReturns } from '../finance/evaluate-finance.js';
import { applyScenario } from '../finance/scenario.js';
import { buildNpvModel, modelNpv } from './npv-model.js';
import { switchingValues } from './switching-values.js';
import { centralValues } from './uncertain-inputs.js';

const fullNpv = (data = smallProgramme()) =>
  financeReturns(evaluateFinance(data, AS_OF)).programme.businessCase.netPresentValue;

describe('the fast NPV model', () => {
  it('gives the business case NPV worked by hand', () => {
    // Domestic abuse: value per unit 0.5 × £2,600 × 0.95 = £1,235. 2013-14 (k = 0): cf 100,
    // forecasts 90 × 3 → 30 avoided → £37,050. 2014-15 (k = 1): cf 100 × 1.25 = 125, forecasts
    // 110 × 2 → 30 avoided → £37,050. Children in care (stock, quarter): £40,000 × 0.9 × 0.25 =
    // £9,000 a unit; 2013-14: 2 + 3 + 4 + 5 = 14 → £126,000; 2014-15: 6 → £54,000.
    // Benefits 163,050 and 91,050; forecast costs 150,000 and 50,000.
    // NPV at 3.5% = 13,050 + 41,050 / 1.035 = £52,711.84.
    const model = buildNpvModel(evaluateFinance(smallProgramme(), AS_OF));
    expect(modelNpv(model, centralValues(0.035))).toBeCloseTo(52711.8357, 3);
  });

  it('equals the full evaluation at the central values', () => {
    const model = buildNpvModel(evaluateFinance(smallProgramme(), AS_OF));
    // The full evaluation sums pence-rounded lines: at most half a penny a line apart.
    expect(Math.abs(modelNpv(model, centralValues(0.035)) - fullNpv())).toBeLessThanOrEqual(
      model.lineCount * 0.005,
    );
  });

  it('equals the full evaluation of a scenario with every input moved', () => {
    // Growth +2 points, attribution −10%, optimism bias +5 points on every grade, unit costs
    // +15%, discount rate 6%: the same scenario through applyScenario and the evaluator.
    const data = smallProgramme();
    const moved = applyScenario(data, {
      growthChange: 0.02,
      attributionPercent: -10,
      optimismBias: { '1': 0.05, '2': 0.1, '3': 0.15, '4': 0.2, '5': 0.3, '6': 0.45 },
      unitCostChanges: [{ unitCostId: '*', percent: 15 }],
      discountRate: 0.06,
    });
    const model = buildNpvModel(evaluateFinance(data, AS_OF));
    const fast = modelNpv(model, {
      growth: 0.02,
      attribution: 0.9,
      optimismBias: 0.05,
      unitCosts: 1.15,
      discountRate: 0.06,
      dropOff: 0,
    });
    expect(Math.abs(fast - fullNpv(moved))).toBeLessThanOrEqual(model.lineCount * 0.005);
  });
});

describe('with appraised costs', () => {
  it('counts each cost with its price-base factor and uplift once, as the business case does', () => {
    // The 2014-15 council running cost, £50,000 in 2012-13 prices (index 100 → 104 in the price
    // base) with a 20% optimism-bias uplift: 50,000 × 1.04 × 1.2 = £62,400 (not 50,000 × 1.04²
    // × 1.2² = £77,875.20, the uplift twice). NPV = 13,050 + (91,050 − 62,400) / 1.035 =
    // 13,050 + 27,681.1594 = £40,731.16.
    const data = smallProgramme();
    data.costs = data.costs.map((c) =>
      c.financialYear === '2014-15' ? { ...c, priceYear: '2012-13', optimismBias: 0.2 } : c,
    );
    const model = buildNpvModel(evaluateFinance(data, AS_OF));
    expect(modelNpv(model, centralValues(0.035))).toBeCloseTo(40731.1594, 3);
    expect(Math.abs(modelNpv(model, centralValues(0.035)) - fullNpv(data))).toBeLessThanOrEqual(
      model.lineCount * 0.005,
    );
  });
});

describe('with a persistence profile', () => {
  // Domestic abuse's value lasting 4 years and halving each year (lag 0): the business case
  // with persistence worked by hand in finance/persistence-returns.test.ts, NPV £113,117.548344.
  const lasting = (dropOffRate: number, extraCost = 0) => {
    const data = smallProgramme();
    data.metrics = data.metrics.map((m) =>
      m.id === 'da-incidents'
        ? { ...m, persistence: { lagYears: 0, persistenceYears: 4, dropOffRate, source: 'Test' } }
        : m,
    );
    if (extraCost > 0) {
      data.costs = [
        ...data.costs,
        {
          strandId: 'safer',
          partnerId: 'council',
          financialYear: '2013-14',
          kind: 'transition',
          forecastPence: extraCost * 100,
          actualPence: null,
        },
      ];
    }
    return data;
  };

  it('has the NPV with persistence as its base case', () => {
    const model = buildNpvModel(evaluateFinance(lasting(0.5), AS_OF));
    expect(modelNpv(model, centralValues(0.035))).toBeCloseTo(113117.548344, 4);
  });

  it('moves the drop-off: at 100% only the first year is left, the business case', () => {
    // d = 0.5 + 0.5 = 1: weights 1, 0, 0, 0, so NPV is the business case's £52,711.84.
    const model = buildNpvModel(evaluateFinance(lasting(0.5), AS_OF));
    expect(modelNpv(model, { ...centralValues(0.035), dropOff: 0.5 })).toBeCloseTo(52711.8357, 3);
  });

  it('finds the drop-off at which NPV is zero', () => {
    // With £100,000 more cost in 2013-14 (PV costs £298,309.18) and no drop-off: PV of
    // domestic abuse a year of value is 37,050 + 37,050/1.035 = 72,847.10, children in care
    // 178,173.91. NPV = 72,847.10 × S − 120,135.27 with S = 1 + q + q² + q³, q = (1 − d)/1.035:
    // zero at S = 1.649143, q = 0.410912, d = 1 − 1.035 × 0.410912 = 0.574706.
    const model = buildNpvModel(evaluateFinance(lasting(0, 100_000), AS_OF));
    const dropOff = switchingValues(model).find((s) => s.key === 'dropOff');
    expect(dropOff?.method).toBe('bisection');
    expect(dropOff?.switchingValue).toBeCloseTo(0.574706, 5);
  });
});

describe('with a comparison series as one metric’s counterfactual', () => {
  // Domestic abuse measured over 2012-13; the comparator (invented) averages (200 + 200) / 2 =
  // 200 there and is 230 in April 2014: cf = 100 × 230 / 200 = 115, forecast 110 → 5 avoided
  // (growth would have said 125 → 15). May 2014 has no comparator value: growth, 125 → 15.
  // 2014-15 domestic abuse benefit (5 + 15) × 1,235 = £24,700; year 1 = 24,700 + 54,000 =
  // 78,700; NPV = 13,050 + (78,700 − 50,000) / 1.035 = £40,779.47.
  const withComparator = () => {
    const data = smallProgramme();
    const [da, ...rest] = data.metrics;
    if (da === undefined) throw new Error('fixture');
    data.metrics = [
      {
        ...da,
        baseline: { ...da.baseline, measuredFrom: '2012-04-01', measuredTo: '2013-03-31' },
        comparator: {
          name: 'Comparator',
          source: 'Invented for the test',
          values: [
            { periodStart: '2012-04-01', value: 200 },
            { periodStart: '2012-05-01', value: 200 },
            { periodStart: '2014-04-01', value: 230 },
          ],
        },
      },
      ...rest,
    ];
    return data;
  };

  it('takes the comparator’s counterfactual where it has a value', () => {
    const model = buildNpvModel(evaluateFinance(withComparator(), AS_OF));
    expect(modelNpv(model, centralValues(0.035))).toBeCloseTo(40779.4686, 3);
    expect(
      Math.abs(modelNpv(model, centralValues(0.035)) - fullNpv(withComparator())),
    ).toBeLessThan(model.lineCount * 0.005);
  });

  it('moves growth only where the counterfactual comes from growth', () => {
    const data = withComparator();
    const model = buildNpvModel(evaluateFinance(data, AS_OF));
    const moved = applyScenario(data, { growthChange: -0.03 });
    const fast = modelNpv(model, { ...centralValues(0.035), growth: -0.03 });
    expect(Math.abs(fast - fullNpv(moved))).toBeLessThanOrEqual(model.lineCount * 0.005);
  });
});

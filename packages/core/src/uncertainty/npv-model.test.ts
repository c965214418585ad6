import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateFinance, financeReturns } from '../finance/evaluate-finance.js';
import { applyScenario } from '../finance/scenario.js';
import { buildNpvModel, modelNpv } from './npv-model.js';
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
    const model = buildNpvModel(smallProgramme(), AS_OF);
    expect(modelNpv(model, centralValues(0.035))).toBeCloseTo(52711.8357, 3);
  });

  it('equals the full evaluation at the central values', () => {
    const model = buildNpvModel(smallProgramme(), AS_OF);
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
    const model = buildNpvModel(data, AS_OF);
    const fast = modelNpv(model, {
      growth: 0.02,
      attribution: 0.9,
      optimismBias: 0.05,
      unitCosts: 1.15,
      discountRate: 0.06,
    });
    expect(Math.abs(fast - fullNpv(moved))).toBeLessThanOrEqual(model.lineCount * 0.005);
  });
});

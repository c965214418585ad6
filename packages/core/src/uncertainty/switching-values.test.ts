import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateFinance } from '../finance/evaluate-finance.js';
import { buildNpvModel } from './npv-model.js';
import { nearestRoot, switchingValues } from './switching-values.js';

// The small programme's business case (npv-model.test.ts): PV benefits 163,050 + 91,050 / 1.035
// = £251,021.01, PV costs 150,000 + 50,000 / 1.035 = £198,309.18, NPV £52,711.84. Switching
// values as HM Treasury's Green Book (2022, chapter 5) defines them: the value of one input,
// the others unchanged, at which NPV is zero.
describe('switchingValues', () => {
  const byKey = () =>
    new Map(
      switchingValues(buildNpvModel(evaluateFinance(smallProgramme(), AS_OF))).map((s) => [
        s.key,
        s,
      ]),
    );

  it('unit costs: PV costs / PV benefits, closed form', () => {
    // 198,309.18 / 251,021.01 = 0.790010: unit costs 21.0% lower.
    const s = byKey().get('unitCosts');
    expect(s?.method).toBe('closed-form');
    expect(s?.switchingValue).toBeCloseTo(0.7900103, 6);
    expect(s?.change).toBeCloseTo(-0.2099897, 6);
  });

  it('attribution: the same multiple, since both metrics stay at or under 1', () => {
    // Attribution scales every benefit while no metric is capped: ×0.790010 again.
    expect(byKey().get('attribution')?.switchingValue).toBeCloseTo(0.7900103, 6);
  });

  it('optimism bias: the points that take NPV to zero', () => {
    // PV benefit by metric: domestic abuse 37,050 + 37,050/1.035 = 72,847.10 at (1 − 0.05);
    // children in care 126,000 + 54,000/1.035 = 178,173.91 at (1 − 0.10). Each point of bias
    // costs 72,847.10/0.95 + 178,173.91/0.9 = 274,652.17 of PV, so Δ = 52,711.84 / 274,652.17
    // = 0.191922: 19.2 points more on every grade.
    expect(byKey().get('optimismBias')?.switchingValue).toBeCloseTo(0.1919222, 6);
  });

  it('growth: points off every metric’s growth', () => {
    // Growth moves only 2014-15 (k = 1): domestic abuse 2 × 1,235 × (100(1.25 + Δ) − 110),
    // children in care 9,000 × (50(1 + Δ) − 44). NPV(Δ) = 13,050 + (41,050 + 697,000Δ) / 1.035,
    // zero at Δ = −(41,050 + 13,050 × 1.035) / 697,000 = −0.0782737: 7.8 points less growth.
    expect(byKey().get('growth')?.switchingValue).toBeCloseTo(-0.0782737, 6);
  });

  it('discount rate: none, since 13,050 + 41,050/(1 + r) > 0 for every rate', () => {
    const s = byKey().get('discountRate');
    expect(s?.switchingValue).toBeNull();
    expect(s?.change).toBeNull();
  });

  it('finds the nearest root by scanning and bisection', () => {
    // (x − 2)(x + 3) from 0: the nearer root is 2.
    expect(nearestRoot((x) => (x - 2) * (x + 3), 0, -10, 10)).toBeCloseTo(2, 9);
    expect(nearestRoot((x) => x * x + 1, 0, -10, 10)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { roundToPence } from '../money/round.js';
import { monetisedBenefit, valuePerUnit } from './monetised-benefit.js';

// CR2.0 domestic violence, £2,470 in 2008-09 uprated to 2013-14:
// 2,470 × 178.383 / 159.281 = 2,766.218255786943 (full precision, not rounded first).
const CR2 = (2470 * 178.383) / 159.281;
// SS1.0 looked-after child, £44,676 a year in 2011-12 uprated to 2013-14:
// 44,676 × 178.383 / 171.796 = 46,388.96661156255.
const SS1 = (44676 * 178.383) / 171.796;

describe('monetisedBenefit — flow metric (methods.md example B)', () => {
  const factors = {
    attribution: 1,
    upratedUnitCost: CR2,
    optimismBias: 0.1,
    periodLengthFactor: 1,
  };

  it('values the forecast and realised improvement', () => {
    // Forecast: 40 × 2,766.218255786943 × 0.9 = 99,583.857208... → £99,583.86.
    // Realised: 28 × 2,766.218255786943 × 0.9 = 69,708.700045... → £69,708.70.
    // methods.md publishes £99,583.66 and £69,708.56. Those are not reproducible: even with
    // the unit cost rounded to £2,766.21 first, 40 × 2,766.21 × 0.9 = 99,583.56 and
    // 28 × 2,766.21 × 0.9 = 69,708.49. We assert the full-precision values.
    expect(roundToPence(monetisedBenefit({ ...factors, units: 40 }))).toBe(99583.86);
    expect(roundToPence(monetisedBenefit({ ...factors, units: 28 }))).toBe(69708.7);
  });

  it('keeps a negative improvement as a negative benefit', () => {
    // −10 × 2,766.218255786943 × 0.9 = −24,895.964302... → −£24,895.96.
    expect(roundToPence(monetisedBenefit({ ...factors, units: -10 }))).toBe(-24895.96);
  });

  it('scales by attribution', () => {
    // 28 × 0.5 × 2,766.218255786943 × 0.9 = 34,854.350022... → £34,854.35.
    expect(roundToPence(monetisedBenefit({ ...factors, attribution: 0.5, units: 28 }))).toBe(
      34854.35,
    );
  });
});

describe('monetisedBenefit — stock metric', () => {
  it('values 3 fewer children in care for one quarter at a quarter of the yearly cost', () => {
    // 3 × 46,388.96661156255 × (1 − 0.1) × 0.25 = 139,166.89983 × 0.225 = 31,312.552462...
    // → £31,312.55. (With the brief's published £46,389.10: 3 × 46,389.10 × 0.225 = 31,312.64.)
    const b = monetisedBenefit({
      units: 3,
      attribution: 1,
      upratedUnitCost: SS1,
      optimismBias: 0.1,
      periodLengthFactor: 0.25,
    });
    expect(roundToPence(b)).toBe(31312.55);
  });
});

describe('valuePerUnit', () => {
  it('is attribution × unit cost × (1 − optimism bias) × period length', () => {
    // 0.8 × 13,160 × (1 − 0.05) × 1 = 0.8 × 13,160 × 0.95 = 10,001.60.
    expect(
      roundToPence(
        valuePerUnit({
          attribution: 0.8,
          upratedUnitCost: 13160,
          optimismBias: 0.05,
          periodLengthFactor: 1,
        }),
      ),
    ).toBe(10001.6);
    // Stock, monthly: 1 × 12,000 × 1 × 1/12 = 1,000.
    expect(
      valuePerUnit({
        attribution: 1,
        upratedUnitCost: 12000,
        optimismBias: 0,
        periodLengthFactor: 1 / 12,
      }),
    ).toBeCloseTo(1000, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { monetisedBenefit } from '../monetised-benefit.js';
import { additionalityWorking } from './additionality.js';

describe('additionalityWorking (HCA Additionality Guide order)', () => {
  it('takes leakage, then displacement, then substitution, then deadweight off what is left', () => {
    // Gross 1 → less leakage 10%: 0.9 → less displacement 20%: 0.9 × 0.8 = 0.72 → less
    // substitution 5%: 0.72 × 0.95 = 0.684 → less deadweight 25%: 0.684 × 0.75 = 0.513.
    const w = additionalityWorking({
      leakage: 0.1,
      displacement: 0.2,
      substitution: 0.05,
      deadweight: 0.25,
    });
    expect(w.steps.map((s) => s.step)).toEqual([
      'leakage',
      'displacement',
      'substitution',
      'deadweight',
    ]);
    expect(w.steps.map((s) => s.before)).toEqual([
      1,
      0.9,
      expect.closeTo(0.72, 12),
      expect.closeTo(0.684, 12),
    ]);
    expect(w.factor).toBeCloseTo(0.513, 12);
  });

  it('is exactly 1 with no shares, so a metric without additionality keeps its figures', () => {
    expect(additionalityWorking(null).factor).toBe(1);
    expect(additionalityWorking(undefined).steps.every((s) => s.after === 1)).toBe(true);
  });

  it('reproduces the appraisal chain of methods.md §1.5 A (deadweight 25%, grade 3)', () => {
    // 18 placements achieved; deadweight 25% → 13.5; optimism bias 10% → 12.15 a year;
    // × £46,389.10 (UCD SS1.0 uprated to 2013-14) = 12.15 × 46,389.10 = £563,627.565.
    const w = additionalityWorking({
      leakage: 0,
      displacement: 0,
      substitution: 0,
      deadweight: 0.25,
    });
    const benefit = monetisedBenefit({
      units: 18,
      attribution: 1,
      upratedUnitCost: 46389.1,
      optimismBias: 0.1,
      periodLengthFactor: 1,
      additionalityFactor: w.factor,
    });
    expect(benefit).toBeCloseTo(563627.565, 6);
  });

  it('rejects a share outside [0, 1], naming it', () => {
    expect(() =>
      additionalityWorking({ leakage: 0, displacement: 1.2, substitution: 0, deadweight: 0 }),
    ).toThrow(/displacement share must be a number in \[0, 1\], got 1.2/);
  });
});

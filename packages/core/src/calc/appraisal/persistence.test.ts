import { describe, expect, it } from 'vitest';
import { presentValue } from '../returns/present-value.js';
import { NO_PERSISTENCE, persistenceWeights, profileValues } from './persistence.js';

// The GMCA CBA guidance's lag / persistence / drop-off profile (persistence.ts): the value of
// year y is realised in year y + L + k at (1 − d)^k for k = 0 .. P − 1; drop-off as the SROI
// guide defines it; later years discounted as the Green Book does, with presentValue.
describe('profileValues', () => {
  it('is the identity with no lag, one year and no drop-off', () => {
    // L = 0, P = 1, d = 0: each value realised once, in its own year, × (1 − 0)^0 = 1.
    const values = [100, 250.25, 0, 40];
    expect(profileValues(values, NO_PERSISTENCE)).toEqual(values);
  });

  it('keeps value beyond the last year with an outcome (P = 3, d = 0.2)', () => {
    // Weights 1, 0.8, 0.64. Year 0's £1,000 → 1,000, 800, 640 in years 0, 1, 2.
    // Year 1's £500 → 500, 400, 320 in years 1, 2, 3. By year: 1,000; 800 + 500 = 1,300;
    // 640 + 400 = 1,040; 320. A two-year programme (years 0 and 1) realises 2,300 within it
    // and 1,040 + 320 = 1,360 after it; 1,500 achieved, 3,660 realised in all.
    expect(persistenceWeights({ lagYears: 0, persistenceYears: 3, dropOffRate: 0.2 })).toEqual([
      1,
      0.8,
      expect.closeTo(0.64, 12),
    ]);
    const out = profileValues([1000, 500], { lagYears: 0, persistenceYears: 3, dropOffRate: 0.2 });
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(1000);
    expect(out[1]).toBeCloseTo(1300, 9);
    expect(out[2]).toBeCloseTo(1040, 9);
    expect(out[3]).toBeCloseTo(320, 9);
    // Present value at 3.5%, t = 0 first: 1,000 + 1,300/1.035 + 1,040/1.035² + 320/1.035³
    // = 1,000 + 1,256.038647 + 970.851128 + 288.621666 = £3,515.511442.
    expect(presentValue(out, 0.035)).toBeCloseTo(3515.511442, 5);
  });

  it('starts the value after a lag (L = 2, P = 2, d = 0.5)', () => {
    // Year 0's £600 → £600 in year 2 and 600 × 0.5 = £300 in year 3; nothing in years 0 and 1.
    // Present value at 3.5%: 600/1.035² + 300/1.035³ = 560.106420 + 270.582812 = £830.689232,
    // against £600 with no profile: the lag delays the value, so it is worth less now.
    const out = profileValues([600], { lagYears: 2, persistenceYears: 2, dropOffRate: 0.5 });
    expect(out).toEqual([0, 0, 600, 300]);
    expect(presentValue(out, 0.035)).toBeCloseTo(830.689232, 5);
  });

  it('loses everything after the first year with a drop-off of 1', () => {
    // d = 1: (1 − 1)^k = 0 for k ≥ 1, so P = 5 realises only the first year's value.
    expect(profileValues([10, 20], { lagYears: 0, persistenceYears: 5, dropOffRate: 1 })).toEqual([
      10, 20, 0, 0, 0, 0,
    ]);
  });

  it('rejects a profile out of range, naming the field', () => {
    expect(() => profileValues([1], { lagYears: -1, persistenceYears: 1, dropOffRate: 0 })).toThrow(
      /lag/,
    );
    expect(() => profileValues([1], { lagYears: 0, persistenceYears: 0, dropOffRate: 0 })).toThrow(
      /persistence/,
    );
    expect(() =>
      profileValues([1], { lagYears: 0, persistenceYears: 2, dropOffRate: 1.5 }),
    ).toThrow(/drop-off rate must be a number in \[0, 1\], got 1.5/);
  });
});

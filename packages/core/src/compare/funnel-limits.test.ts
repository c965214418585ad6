import { describe, expect, it } from 'vitest';
import {
  funnelPosition,
  pooledTarget,
  proportionFunnelLimits,
  rateFunnelLimits,
} from './funnel-limits.js';

// Spiegelhalter 2005, "Funnel plots for comparing institutional performance", section 3.
describe('proportionFunnelLimits', () => {
  it('is p0 ± z√(p0(1−p0)/n): a target of 0.2 at n = 100', () => {
    // SD = √(0.2 × 0.8 / 100) = √0.0016 = 0.04.
    // 95%:   0.2 ± 1.959964 × 0.04 = 0.2 ± 0.07839856 → [0.12160144, 0.27839856]
    // 99.8%: 0.2 ± 3.090232 × 0.04 = 0.2 ± 0.12360928 → [0.07639072, 0.32360928]
    const l = proportionFunnelLimits(0.2, 100);
    expect(l.lower95).toBeCloseTo(0.12160144, 8);
    expect(l.upper95).toBeCloseTo(0.27839856, 8);
    expect(l.lower998).toBeCloseTo(0.07639072, 8);
    expect(l.upper998).toBeCloseTo(0.32360928, 8);
  });

  it('narrows as the denominator grows: n = 400 halves the width', () => {
    // SD = √(0.16 / 400) = 0.02; 95% half-width 0.03919928.
    const l = proportionFunnelLimits(0.2, 400);
    expect(l.upper95 - 0.2).toBeCloseTo(0.03919928, 8);
  });

  it('never puts a lower limit below zero', () => {
    // p0 = 0.01, n = 10: SD = √(0.0099/10) ≈ 0.0315; 0.01 − 0.0617 < 0 → 0.
    expect(proportionFunnelLimits(0.01, 10).lower95).toBe(0);
  });

  it('refuses a proportion outside [0, 1] or a denominator that is not positive', () => {
    expect(() => proportionFunnelLimits(1.2, 10)).toThrow('target proportion must be in [0, 1]');
    expect(() => proportionFunnelLimits(0.2, 0)).toThrow('denominator must be a positive');
  });
});

describe('rateFunnelLimits', () => {
  it('is θ ± z√(θ/t): 50 per 10,000 a year over 10,000 person-years', () => {
    // θ = 0.005, t = 10,000: SD = √(0.005 / 10,000) = √5e−7 = 0.000707106781.
    // 95%:   half-width 1.959964 × 0.000707106781 = 0.001385904 → [0.003614096, 0.006385904]
    // 99.8%: half-width 3.090232 × 0.000707106781 = 0.002185124 → [0.002814876, 0.007185124]
    const l = rateFunnelLimits(0.005, 10_000);
    expect(l.lower95).toBeCloseTo(0.003614096, 8);
    expect(l.upper95).toBeCloseTo(0.006385904, 8);
    expect(l.lower998).toBeCloseTo(0.002814876, 8);
    expect(l.upper998).toBeCloseTo(0.007185124, 8);
  });

  it('refuses a negative rate or no exposure', () => {
    expect(() => rateFunnelLimits(-1, 10)).toThrow('target rate must be zero or more');
    expect(() => rateFunnelLimits(0.1, 0)).toThrow('exposure must be a positive');
  });
});

describe('pooledTarget', () => {
  it('is total events over total exposure', () => {
    // (30 + 70) / (10,000 + 10,000) = 0.005.
    expect(
      pooledTarget([
        { events: 30, exposure: 10_000 },
        { events: 70, exposure: 10_000 },
      ]),
    ).toBe(0.005);
    expect(pooledTarget([])).toBeNull();
  });
});

describe('funnelPosition', () => {
  const l = rateFunnelLimits(0.005, 10_000);
  it('places a value by band, a limit itself counting as inside', () => {
    // 30 per 10,000 person-years = 0.003: below 0.003614 (95%), above 0.002815 (99.8%).
    expect(funnelPosition(0.003, l)).toBe('below-95');
    // 0.002 is below the 99.8% lower limit 0.002815.
    expect(funnelPosition(0.002, l)).toBe('below-99.8');
    expect(funnelPosition(0.005, l)).toBe('within');
    expect(funnelPosition(0.007, l)).toBe('above-95');
    expect(funnelPosition(0.008, l)).toBe('above-99.8');
    expect(funnelPosition(l.upper95, l)).toBe('within');
    expect(funnelPosition(null, l)).toBe('no-data');
  });
});

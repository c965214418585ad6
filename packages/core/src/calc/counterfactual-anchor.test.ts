import { describe, expect, it } from 'vitest';
import type { Baseline } from '../domain.js';
import { counterfactual } from './counterfactual.js';
import { counterfactualAnchor, counterfactualYearIndex } from './counterfactual-anchor.js';

const baseline = (over: Partial<Baseline> = {}): Baseline => ({
  value: 1000,
  annualGrowth: 0.035,
  measuredFrom: null,
  measuredTo: null,
  note: null,
  ...over,
});

describe('counterfactualAnchor', () => {
  it('defaults to the programme’s first day', () => {
    // Programme first year 2013-14: anchor 2013-04-01, k = 0 in 2013-14, 2 in 2015-16.
    const a = counterfactualAnchor(baseline(), '2013-14');
    expect(a).toEqual({
      date: '2013-04-01',
      financialYear: '2013-14',
      source: 'programme-start',
      uncountedGrowthYears: 0,
    });
    expect(counterfactualYearIndex(a, '2015-16')).toBe(2);
  });

  it('counts growth from the baseline’s growth_from date', () => {
    // growth_from 2011-09-30 is in 2011-12: k = 2 in the programme's first year 2013-14, so
    // cf = 1000 × 1.035² = 1,071.225 there (against 1,000 with the default anchor).
    const a = counterfactualAnchor(baseline({ growthFrom: '2011-09-30' }), '2013-14');
    expect(a).toMatchObject({ financialYear: '2011-12', source: 'baseline' });
    const k = counterfactualYearIndex(a, '2013-14');
    expect(k).toBe(2);
    expect(counterfactual(1000, 0.035, k)).toBeCloseTo(1071.225, 9);
    // Before the anchor's year k is negative: 2010-11 → −1.
    expect(counterfactualYearIndex(a, '2010-11')).toBe(-1);
  });

  it('flags growth left out between an old baseline and the programme’s start', () => {
    // Measured to 2011-03-31 (2010-11), programme from 2013-14, growth 3.5%, default anchor:
    // 2013-14 − 2010-11 = 3 years of growth not counted.
    expect(
      counterfactualAnchor(baseline({ measuredTo: '2011-03-31' }), '2013-14').uncountedGrowthYears,
    ).toBe(3);
    // Anchored at the measurement itself: nothing left out.
    expect(
      counterfactualAnchor(
        baseline({ measuredTo: '2011-03-31', growthFrom: '2011-03-31' }),
        '2013-14',
      ).uncountedGrowthYears,
    ).toBe(0);
    // No growth: nothing to leave out.
    expect(
      counterfactualAnchor(baseline({ measuredTo: '2011-03-31', annualGrowth: 0 }), '2013-14')
        .uncountedGrowthYears,
    ).toBe(0);
  });
});

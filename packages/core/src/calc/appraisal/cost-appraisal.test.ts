import { describe, expect, it } from 'vitest';
import type { Cost } from '../../domain.js';
import { appraiseCost, costOptimismBias } from './cost-appraisal.js';

const base: Cost = {
  strandId: 'families',
  partnerId: 'council',
  financialYear: '2013-14',
  kind: 'transition',
  forecastPence: 10_000_000, // £100,000
  actualPence: 9_800_000, // £98,000
};
const deflators = [
  { financialYear: '2012-13', index: 98 },
  { financialYear: '2013-14', index: 100 },
];

describe('costOptimismBias (Green Book supplementary guidance, Table 1)', () => {
  it('is the line’s own share, else its category’s upper bound, else 0', () => {
    expect(costOptimismBias({})).toBe(0);
    expect(costOptimismBias({ optimismBiasCategory: 'standard-buildings' })).toBe(0.24);
    expect(costOptimismBias({ optimismBiasCategory: 'outsourcing', optimismBias: 0.1 })).toBe(0.1);
  });

  it('rejects a negative share', () => {
    expect(() => costOptimismBias({ optimismBias: -0.1 })).toThrow(/0 or more/);
  });
});

describe('appraiseCost', () => {
  it('leaves a line with no price year and no uplift exactly as given', () => {
    const a = appraiseCost(base, [], '2013-14');
    expect(a.cost).toEqual(base);
    expect(a.deflatorFactor).toBe(1);
  });

  it('deflates into the price base like a unit cost and lifts only the forecast', () => {
    // Priced in 2012-13 (index 98), base 2013-14 (index 100): factor 100 / 98 = 1.0204081633.
    // Forecast £100,000 × 1.0204081633 × (1 + 0.24) = £126,530.6122 → 12,653,061 pence.
    // Actual £98,000 × 100 / 98 = £100,000 exactly; no uplift on what was spent.
    const a = appraiseCost(
      { ...base, priceYear: '2012-13', optimismBiasCategory: 'standard-buildings' },
      deflators,
      '2013-14',
    );
    expect(a.deflatorFactor).toBeCloseTo(1.0204081633, 10);
    expect(a.optimismBias).toBe(0.24);
    expect(a.cost.forecastPence).toBe(12_653_061);
    expect(a.cost.actualPence).toBe(10_000_000);
  });

  it('names the cost line when a deflator index is missing', () => {
    expect(() => appraiseCost({ ...base, priceYear: '2011-12' }, deflators, '2013-14')).toThrow(
      /2013-14 transition cost of council to families.*no GDP deflator index for 2011-12/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { smallProgramme } from '../../test/fixtures/small-programme.js';
import { unitCostRegister } from './unit-cost-register.js';

describe('unitCostRegister', () => {
  const register = unitCostRegister(smallProgramme());

  it('uprates each unit cost and applies its grade’s optimism bias', () => {
    // da-incident: £2,500 in 2012-13; deflator 104 / 100 = 1.04 → £2,600 in 2013-14;
    // grade 2 → 5% → £2,600 × 0.95 = £2,470.
    const da = register[0];
    expect(da?.unitCost.id).toBe('da-incident');
    expect(da?.valueAsPriced).toBe(2500);
    expect(da?.deflatorFactor).toBeCloseTo(1.04, 12);
    expect(da?.upratedValue).toBeCloseTo(2600, 9);
    expect(da?.optimismBias).toBe(0.05);
    expect(da?.valueAfterOptimismBias).toBeCloseTo(2470, 9);
    // child-in-care: £40,000 already in 2013-14 prices (factor 1); grade 3 → 10% → £36,000.
    const cic = register[1];
    expect(cic).toMatchObject({ deflatorFactor: 1, upratedValue: 40000, optimismBias: 0.1 });
    expect(cic?.valueAfterOptimismBias).toBeCloseTo(36000, 9);
  });

  it('lists the metrics each unit cost prices', () => {
    expect(register.map((r) => r.metrics.map((m) => m.id))).toEqual([
      ['da-incidents'],
      ['children-in-care'],
    ]);
    expect(register[0]?.metrics[0]).toEqual({
      id: 'da-incidents',
      name: 'Domestic abuse incidents',
      strandId: 'safer',
      attribution: 0.5,
    });
  });
});

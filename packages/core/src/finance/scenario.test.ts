import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { applyScenario, scenarioProblems } from './scenario.js';
import { compareScenario } from './scenario-comparison.js';

describe('applyScenario', () => {
  it('changes one unit cost, or all of them, by a percentage', () => {
    // '*' −10%: £2,500 → £2,250 (250,000p → 225,000p); child-in-care +50% on its own (its
    // own change takes the place of '*'): £40,000 → £60,000.
    const data = applyScenario(smallProgramme(), {
      unitCostChanges: [
        { unitCostId: '*', percent: -10 },
        { unitCostId: 'child-in-care', percent: 50 },
      ],
    });
    expect(data.unitCosts.map((u) => u.valuePence)).toEqual([225000, 6000000]);
  });

  it('runs the same evaluator on the modified copy', () => {
    // Realised benefit to date, base: da 22 × £1,235 = £27,170; cic 15 × £9,000 = £135,000.
    // da −20%: value per unit 0.5 × £2,000 × 1.04 × 0.95 = £988 → 22 × 988 = £21,736;
    // grade 3 bias 0 instead of 0.1: cic £40,000 × 1 × 0.25 = £10,000 → 15 × 10,000 = £150,000.
    // Total 21,736 + 150,000 = £171,736.
    const data = applyScenario(smallProgramme(), {
      unitCostChanges: [{ unitCostId: 'da-incident', percent: -20 }],
      optimismBias: { '3': 0 },
    });
    expect(evaluateProgramme(data, AS_OF).totals.realisedBenefitToDate).toBeCloseTo(171736, 6);
    expect(data.programme.optimismBias).toEqual({
      1: 0,
      2: 0.05,
      3: 0,
      4: 0.15,
      5: 0.25,
      6: 0.4,
    });
  });

  it('replaces the discount rate and leaves the original data alone', () => {
    const original = smallProgramme();
    const data = applyScenario(original, { discountRate: 0.06 });
    expect(data.programme.discountRate).toBe(0.06);
    expect(original.programme.discountRate).toBe(0.035);
    expect(applyScenario(original, {})).toEqual(original);
  });

  it('moves every metric’s growth by points and scales attribution, capped at 1', () => {
    // Growth +0.02: domestic abuse 0.25 → 0.27, children in care 0 → 0.02. Attribution +50%:
    // 0.5 → 0.75, and 1 → 1.5 capped at 1.
    const data = applyScenario(smallProgramme(), { growthChange: 0.02, attributionPercent: 50 });
    expect(data.metrics.map((m) => m.baseline.annualGrowth)).toEqual([0.27, 0.02, 0.02, 0.02]);
    expect(data.metrics.map((m) => m.attribution)).toEqual([0.75, 1, 1, 1]);
  });

  it('refuses overrides that do not suit the programme', () => {
    expect(() =>
      applyScenario(smallProgramme(), { unitCostChanges: [{ unitCostId: 'nope', percent: 5 }] }),
    ).toThrow('unitCostChanges.0.unitCostId "nope" is not a unit cost of this programme');
  });
});

describe('scenarioProblems', () => {
  it('names every field at fault', () => {
    expect(
      scenarioProblems(smallProgramme(), {
        unitCostChanges: [
          { unitCostId: 'da-incident', percent: -100 },
          { unitCostId: 'da-incident', percent: 5000 },
        ],
        optimismBias: { '2': 1, '7': 0.1 } as Record<string, number>,
        discountRate: -0.01,
        growthChange: 0.6,
        attributionPercent: -100,
      }),
    ).toEqual([
      {
        field: 'unitCostChanges.0.percent',
        message: 'must be a number greater than -100 (a unit cost cannot fall to zero)',
      },
      { field: 'unitCostChanges.1.unitCostId', message: '"da-incident" is changed more than once' },
      { field: 'unitCostChanges.1.percent', message: 'must be at most 1000' },
      { field: 'optimismBias.2', message: 'must be a number from 0 up to (not including) 1' },
      { field: 'optimismBias.7', message: 'is not a grade from 1 to 6' },
      { field: 'discountRate', message: 'must be a number from 0 up to (not including) 1' },
      { field: 'growthChange', message: 'must be a number from -0.5 to 0.5' },
      {
        field: 'attributionPercent',
        message: 'must be a number greater than -100 and at most 1000',
      },
    ]);
  });

  it('has nothing to say about good overrides', () => {
    expect(
      scenarioProblems(smallProgramme(), {
        unitCostChanges: [{ unitCostId: '*', percent: 10 }],
        optimismBias: { '6': 0.5 },
        discountRate: 0,
      }),
    ).toEqual([]);
  });
});

describe('drop-off and persistence in a scenario', () => {
  const lasting = () => {
    const data = smallProgramme();
    data.metrics = data.metrics.map((m) =>
      m.id === 'da-incidents'
        ? {
            ...m,
            persistence: { lagYears: 0, persistenceYears: 4, dropOffRate: 0.5, source: 'Test' },
          }
        : m,
    );
    return data;
  };

  it('moves every profile, within bounds, and leaves a metric without one alone', () => {
    // 0.5 + 0.6 = 1.1 → kept at 1; 4 − 5 = −1 years → kept at one year.
    const data = applyScenario(lasting(), { dropOffChange: 0.6, persistenceYearsChange: -5 });
    expect(data.metrics.find((m) => m.id === 'da-incidents')?.persistence).toMatchObject({
      dropOffRate: 1,
      persistenceYears: 1,
    });
    expect(data.metrics.find((m) => m.id === 'children-in-care')).not.toHaveProperty('persistence');
  });

  it('shows the NPV with persistence move, worked by hand', () => {
    // Base: £113,117.548344 (persistence-returns.test.ts). Drop-off −0.5 → 0: domestic abuse's
    // £37,050 a year lasts 4 years whole: PV 37,050 × (1 + 1/1.035 + 1/1.035² + 1/1.035³)
    // × (1 + 1/1.035) = 37,050 × 3.801637 × 1.966184 = £276,938.234822; children in care
    // 178,173.913043; less PV costs 198,309.178744: NPV £256,802.969121.
    const c = compareScenario(lasting(), { dropOffChange: -0.5 }, AS_OF);
    const npv = c.figures.find((f) => f.key === 'persistenceNetPresentValue');
    expect(npv?.base).toBeCloseTo(113117.548344, 4);
    expect(npv?.scenario).toBeCloseTo(256802.969121, 4);
    // The business case itself (no persistence) does not move.
    expect(c.figures.find((f) => f.key === 'businessCaseNetPresentValue')?.change).toBe(0);
  });

  it('refuses a drop-off change past 1 or a persistence change that is not whole years', () => {
    expect(
      scenarioProblems(lasting(), { dropOffChange: 1.5, persistenceYearsChange: 0.5 }),
    ).toEqual([
      { field: 'dropOffChange', message: 'must be a number from -1 to 1' },
      { field: 'persistenceYearsChange', message: 'must be a whole number from -30 to 30' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { benefitLines } from './benefit-lines.js';

// The small programme as of 2014-05-20 (worked in evaluate-programme.test.ts):
// da-incidents: £1,235 per incident avoided; forecast Jan–Mar 2014 F = 10 (cf 100), Apr–May
//   2014 F = 15 (cf 125); actual Jan A = 5, Feb none, Mar A = 12, Apr A = 5, May not ended.
//   Bearers police 0.6, council 0.4; cashable share 0.4.
// children-in-care: £9,000 per child-quarter; Q1–Q4 2013-14 F 2, 3, 4, 5, A 3, 3, 5, 4;
//   Q1 2014-15 F 6 (not ended). Bearer council 1; cashable share 0.5.
// into-work and volunteers are not monetised: no lines.
describe('benefitLines', () => {
  const lines = benefitLines(evaluateProgramme(smallProgramme(), AS_OF));

  it('gives one line per bearer of every monetised period with a forecast', () => {
    // da: 5 periods × 2 bearers = 10; cic: 5 quarters × 1 bearer = 5.
    expect(lines).toHaveLength(15);
    expect(lines.slice(0, 2).map((l) => [l.metricId, l.periodStart, l.partnerId])).toEqual([
      ['da-incidents', '2014-01-01', 'police'],
      ['da-incidents', '2014-01-01', 'council'],
    ]);
  });

  it('carries every factor and splits the evaluator’s benefit by bearer share', () => {
    // March 2014, police: F = 100 − 90 = 10 → 10 × 1,235 = 12,350 × 0.6 = £7,410;
    // A = 100 − 88 = 12 → 12 × 1,235 = 14,820 × 0.6 = £8,892; cashable × 0.4 = £3,556.80.
    const march = lines.find((l) => l.periodStart === '2014-03-01' && l.partnerId === 'police');
    expect(march).toMatchObject({
      strandId: 'safer',
      outcomeId: 'safer',
      unitCostId: 'da-incident',
      category: 'fiscal',
      label: 'Mar 2014',
      financialYear: '2013-14',
      comparable: true,
      counterfactual: 100,
      forecast: 90,
      actual: 88,
      forecastImprovement: 10,
      actualImprovement: 12,
      attribution: 0.5,
      unitCostAsPriced: 2500,
      optimismBias: 0.05,
      periodLengthFactor: 1,
      bearerShare: 0.6,
      cashableShare: 0.4,
      pence: {
        forecastBenefit: 741000,
        forecastCashable: 296400,
        realisedBenefit: 889200,
        realisedCashable: 355680,
      },
    });
    expect(march?.deflatorFactor).toBeCloseTo(1.04, 12);
    expect(march?.upratedUnitCost).toBeCloseTo(2600, 9);
    expect(march?.valuePerUnit).toBeCloseTo(1235, 9);
    expect(march?.realisedBenefit).toBeCloseTo(8892, 9);
    expect(march?.realisedCashable).toBeCloseTo(3556.8, 9);
  });

  it('has no realised amount for a missing return or a period not yet ended', () => {
    // February 2014 has no return; May 2014 ends after the as-of date.
    for (const start of ['2014-02-01', '2014-05-01']) {
      const line = lines.find((l) => l.periodStart === start && l.partnerId === 'council');
      expect(line).toMatchObject({ comparable: false, actual: null, realisedBenefit: null });
      expect(line?.pence.realisedBenefit).toBe(0);
    }
  });

  it('scales a stock metric by the period length (in valuePerUnit)', () => {
    // Q1 2013-14 children in care: £40,000 × 0.9 × 0.25 = £9,000 per child; F = 2 → £18,000.
    const q1 = lines.find((l) => l.metricId === 'children-in-care');
    expect(q1).toMatchObject({ periodLengthFactor: 0.25, bearerShare: 1, partnerId: 'council' });
    expect(q1?.forecastBenefit).toBeCloseTo(18000, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { roundToPence } from '../money/round.js';
import { evaluateFinance, financeReturns } from './evaluate-finance.js';
import { financePersistence } from './persistence-returns.js';

// The small programme (npv-model.test.ts has its business case): a three-year programme
// (2013-14 to 2015-16) whose forecast benefits are domestic abuse £37,050 in each of 2013-14 and
// 2014-15, children in care £126,000 and £54,000; PV costs 150,000 + 50,000 / 1.035 =
// £198,309.178744. Profiles as the GMCA CBA model states them (calc/appraisal/persistence.ts):
// the value of year y is realised in year y + L + k at (1 − d)^k; discounted at 3.5%, t = 0 in
// 2013-14, as the Green Book does.
const withProfile = (persistence: {
  lagYears: number;
  persistenceYears: number;
  dropOffRate: number;
}) => {
  const data = smallProgramme();
  data.metrics = data.metrics.map((m) =>
    m.id === 'da-incidents' ? { ...m, persistence: { ...persistence, source: 'Test' } } : m,
  );
  return data;
};

const persistenceOf = (data = smallProgramme()) => {
  const f = evaluateFinance(data, AS_OF);
  const { businessCase } = financeReturns(f).programme;
  return { businessCase, persistence: financePersistence(f, businessCase) };
};

describe('financePersistence', () => {
  it('reconciles to the penny with the business case when no metric has a profile', () => {
    const { businessCase, persistence } = persistenceOf();
    expect(persistence.metrics).toEqual([]);
    const p = persistence.programme;
    // 163,050 + 91,050 = 254,100 in the years achieved, all within the programme.
    expect(p.firstYearValue).toBe(254100);
    expect(p.withinProgramme).toBe(254100);
    expect(p.afterProgramme).toBe(0);
    expect(roundToPence(p.netPresentValue)).toBe(roundToPence(businessCase.netPresentValue));
    expect(roundToPence(p.presentValue)).toBe(roundToPence(businessCase.presentValueBenefit));
    expect(p.discountedReturnOnInvestment).toBeCloseTo(
      businessCase.discountedReturnOnInvestment as number,
      12,
    );
  });

  it('is the same with an explicit profile of no lag, one year and no drop-off', () => {
    const { businessCase, persistence } = persistenceOf(
      withProfile({ lagYears: 0, persistenceYears: 1, dropOffRate: 0 }),
    );
    expect(persistence.metrics).toHaveLength(1);
    expect(persistence.metrics[0]?.afterProgramme).toBe(0);
    expect(roundToPence(persistence.programme.netPresentValue)).toBe(
      roundToPence(businessCase.netPresentValue),
    );
  });

  it('keeps value after the programme: domestic abuse lasting 4 years, halving each year', () => {
    // Weights 1, 0.5, 0.25, 0.125. 2013-14's £37,050 → 37,050; 18,525; 9,262.50; 4,631.25 in
    // 2013-14..2016-17; 2014-15's → the same a year later. Domestic abuse by year: 37,050;
    // 55,575; 27,787.50; 13,893.75; 4,631.25. Within the programme (to 2015-16): 120,412.50;
    // after it: 13,893.75 + 4,631.25 = 18,525. As achieved: 74,100.
    const { persistence } = persistenceOf(
      withProfile({ lagYears: 0, persistenceYears: 4, dropOffRate: 0.5 }),
    );
    const da = persistence.metrics[0];
    expect(da).toMatchObject({
      metricId: 'da-incidents',
      firstYearValue: 74100,
      withinProgramme: 120412.5,
      afterProgramme: 18525,
    });
    // PV: 37,050 + 55,575/1.035 + 27,787.50/1.035² + 13,893.75/1.035³ + 4,631.25/1.035⁴ =
    // 37,050 + 53,695.652174 + 25,939.928586 + 12,531.366467 + 4,035.866817 = £133,252.814044
    // (against 37,050 + 37,050/1.035 = £72,847.101449 without the profile).
    expect(da?.presentValue).toBeCloseTo(133252.814044, 5);
    expect(da?.presentValueWithoutPersistence).toBeCloseTo(72847.101449, 5);

    // Programme: children in care adds 126,000 and 54,000 as achieved. Within 300,412.50,
    // after 18,525. PV benefits 163,050 + 109,575/1.035 + 27,787.50/1.035² + 13,893.75/1.035³
    // + 4,631.25/1.035⁴ = £311,426.727088; NPV = 311,426.727088 − 198,309.178744 =
    // £113,117.548344; ROI 311,426.727088 / 198,309.178744 = 1.570410.
    const p = persistence.programme;
    expect(p.firstYearValue).toBe(254100);
    expect(p.withinProgramme).toBe(300412.5);
    expect(p.afterProgramme).toBe(18525);
    expect(p.netPresentValue).toBeCloseTo(113117.548344, 5);
    expect(p.discountedReturnOnInvestment).toBeCloseTo(1.570410049, 8);
    expect(persistence.lastProgrammeYear).toBe('2015-16');
    expect(persistence.years.map((y) => [y.financialYear, y.afterProgramme])).toEqual([
      ['2013-14', false],
      ['2014-15', false],
      ['2015-16', false],
      ['2016-17', true],
      ['2017-18', true],
    ]);
    expect(persistence.years.map((y) => y.benefitWithPersistence)).toEqual([
      163050, 109575, 27787.5, 13893.75, 4631.25,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import { evaluateProgramme } from '../evaluate/evaluate-programme.js';
import { benefitLines } from './benefit-lines.js';
import { financialReturns } from './financial-returns.js';

// The small programme as of 2014-05-20: first year 2013-14, 3 years, r = 3.5%.
// Costs (£): 2013-14 council transition forecast 70,000 / actual 60,000; police running
//   40,000 / 40,000; dwp running 30,000 / 30,000; council running 10,000 / not known.
//   2014-15 council running 50,000 / 50,000 (the year has not ended by the as-of date: 1 April
//   to 20 May is 50 of its 365 days, so 50/365 of it counts to date, £6,849.315068).
// Benefits by year (ledger.test.ts): 2013-14 whole case 163,050, forecast to date 150,700,
//   realised 155,995; 2014-15 whole case 91,050, forecast to date 18,525, realised 6,175.
const data = smallProgramme();
const lines = benefitLines(evaluateProgramme(data, AS_OF));
const returns = financialReturns({
  programme: data.programme,
  asOf: AS_OF,
  costs: data.costs,
  lines,
});

describe('financialReturns', () => {
  it('lists every year of the business case with its costs and benefits', () => {
    expect(returns.years.map((y) => y.financialYear)).toEqual(['2013-14', '2014-15', '2015-16']);
    const [y1, y2, y3] = returns.years;
    // 2013-14 has ended: forecast transition 70,000, running 40,000 + 30,000 + 10,000 = 80,000;
    // cost to date: transition 60,000 (actual), running 40,000 + 30,000 actuals + the council's
    // 10,000 forecast (its actual is not known) = 80,000: 140,000, a mix of actual and forecast.
    expect(y1).toMatchObject({
      yearIndex: 0,
      discountFactor: 1,
      started: true,
      ended: true,
      forecastTransitionCost: 70000,
      forecastRunningCost: 80000,
      forecastCost: 150000,
      actualTransitionCost: 60000,
      actualRunningCost: 80000,
      actualCost: 140000,
      actualCostsNotKnown: 1,
      costToDateFraction: 1,
      costBasis: 'mixed',
      forecastBenefit: 163050,
      forecastBenefitToDate: 150700,
      realisedBenefitToDate: 155995,
      // 163,050 − 150,000 = 13,050; 155,995 − 140,000 = 15,995.
      forecastNet: 13050,
      cumulativeForecastNet: 13050,
      realisedNet: 15995,
      cumulativeRealisedNet: 15995,
    });
    // 2014-15 has started but not ended: 50/365 of its £50,000 actual, £6,849.315068, set
    // against the 6,175 realised in its ended months: net −674.315068; cumulative
    // 15,995 − 674.315068 = 15,320.684932. Forecast net 91,050 − 50,000 = 41,050; cumulative
    // 13,050 + 41,050 = 54,100.
    expect(y2).toMatchObject({
      yearIndex: 1,
      started: true,
      ended: false,
      costToDateFraction: 50 / 365,
      costBasis: 'actual',
      forecastCost: 50000,
      actualCostsNotKnown: 0,
      forecastBenefit: 91050,
      realisedBenefitToDate: 6175,
      forecastNet: 41050,
      cumulativeForecastNet: 54100,
    });
    expect(y2?.actualCost).toBeCloseTo(6849.315068, 6);
    expect(y2?.realisedNet).toBeCloseTo(-674.315068, 6);
    expect(y2?.cumulativeRealisedNet).toBeCloseTo(15320.684932, 6);
    expect(y2?.discountFactor).toBeCloseTo(1 / 1.035, 12);
    // PV 2014-15 forecast cost 50,000 / 1.035 = 48,309.18; benefit 91,050 / 1.035 = 87,971.01.
    expect(y2?.presentValue.forecastCost).toBeCloseTo(48309.1787, 4);
    expect(y2?.presentValue.forecastBenefit).toBeCloseTo(87971.0145, 4);
    // 2015-16 has not started: not part of the realised basis.
    expect(y3).toMatchObject({
      started: false,
      realisedNet: null,
      actualCost: null,
      costBasis: null,
      forecastCost: 0,
    });
    expect(y3?.presentValue.realisedBenefit).toBeNull();
  });

  it('works out the business case as a whole', () => {
    // Cost 150,000 + 50,000 = 200,000; benefit 163,050 + 91,050 = 254,100; net 54,100;
    // ROI 254,100 / 200,000 = 1.2705; payback in 2013-14 (cumulative net 13,050 ≥ 0).
    // PV cost 150,000 + 48,309.1787 = 198,309.1787; PV benefit 163,050 + 87,971.0145 =
    // 251,021.0145; NPV 52,711.8357; discounted ROI 251,021.0145 / 198,309.1787 = 1.265806.
    const bc = returns.businessCase;
    expect(bc).toMatchObject({
      cost: 200000,
      benefit: 254100,
      net: 54100,
      returnOnInvestment: 1.2705,
      paybackYear: '2013-14',
      discountedPaybackYear: '2013-14',
    });
    expect(bc.presentValueCost).toBeCloseTo(198309.1787, 4);
    expect(bc.presentValueBenefit).toBeCloseTo(251021.0145, 4);
    expect(bc.netPresentValue).toBeCloseTo(52711.8357, 4);
    expect(bc.discountedReturnOnInvestment).toBeCloseTo(1.265806, 6);
  });

  it('works out the realised basis over the years started', () => {
    // Benefits and costs of the same periods: cost 140,000 + 6,849.315068 = 146,849.315068
    // (= costs to date); benefit 155,995 + 6,175 = 162,170 (= realised to date); net
    // 15,320.684932; ROI 162,170 / 146,849.315068 = 1.104329; payback 2013-14 (15,995 ≥ 0).
    // PV benefit 155,995 + 6,175 / 1.035 = 161,961.1836; PV cost 140,000 + 6,849.315068 / 1.035
    // = 146,617.6957; NPV 15,343.4879.
    const rd = returns.realisedToDate;
    expect(rd).toMatchObject({ benefit: 162170, paybackYear: '2013-14' });
    expect(rd.cost).toBeCloseTo(146849.315068, 6);
    expect(rd.net).toBeCloseTo(15320.684932, 6);
    expect(rd.returnOnInvestment).toBeCloseTo(1.104329, 6);
    expect(rd.presentValueCost).toBeCloseTo(146617.6957, 4);
    expect(rd.presentValueBenefit).toBeCloseTo(161961.1836, 4);
    expect(rd.netPresentValue).toBeCloseTo(15343.4879, 4);
  });

  it('has no payback while cumulative net stays below zero, and no ROI without cost', () => {
    // Costs of £1m a year and no benefit lines: cumulative net −1m, −2m, −3m.
    const costly = financialReturns({
      programme: data.programme,
      asOf: AS_OF,
      lines: [],
      costs: ['2013-14', '2014-15', '2015-16'].map((financialYear) => ({
        strandId: 'safer',
        partnerId: 'council',
        financialYear,
        kind: 'running' as const,
        forecastPence: 100000000,
        actualPence: null,
      })),
    });
    expect(costly.businessCase).toMatchObject({ net: -3000000, paybackYear: null });
    const free = financialReturns({ programme: data.programme, asOf: AS_OF, lines, costs: [] });
    expect(free.businessCase.returnOnInvestment).toBeNull();
  });

  it('extends the years to cover money before the first year, compounding it forward', () => {
    // A £10,000 transition cost in 2012-13 (t = −1) is worth 10,000 × 1.035 = 10,350 in
    // 2013-14 money. Business case PV cost: 10,350 + 198,309.1787 = 208,659.1787.
    const early = financialReturns({
      programme: data.programme,
      asOf: AS_OF,
      lines,
      costs: [
        ...data.costs,
        {
          strandId: 'safer',
          partnerId: 'council',
          financialYear: '2012-13',
          kind: 'transition',
          forecastPence: 1000000,
          actualPence: 1000000,
        },
      ],
    });
    expect(early.years[0]).toMatchObject({ financialYear: '2012-13', yearIndex: -1 });
    expect(early.businessCase.presentValueCost).toBeCloseTo(208659.1787, 4);
  });
});

import { describe, expect, it } from 'vitest';
import { AS_OF, smallProgramme } from '../../test/fixtures/small-programme.js';
import {
  evaluateFinance,
  financeEquity,
  financeReinvestment,
  financeReturns,
} from './evaluate-finance.js';
import { compareScenario } from './scenario-comparison.js';

// The small programme as of 2014-05-20; the partner figures are worked in ledger.test.ts and
// the costs in financial-returns.test.ts.
const f = evaluateFinance(smallProgramme(), AS_OF);

describe('financeEquity', () => {
  const equity = financeEquity(f);

  it('sets each partner’s costs borne against benefits received', () => {
    // Costs to date: council 60,000 (2013-14 transition actual) + 10,000 (its 2013-14 running
    // forecast: the actual is not known) + 50,000 × 50/365 (2014-15's actual, 50 of 365 days
    // ended by 20 May) = 76,849.315068; police 40,000; dwp 30,000: 146,849.315068.
    // Realised benefit: council 145,868, police 16,302, dwp 0: 162,170.
    // Non-cashable = realised − cashable.
    const [council, police, dwp] = equity.partners;
    expect(council).toMatchObject({
      partnerId: 'council',
      name: 'Council',
      kind: 'council',
      realisedBenefitToDate: 145868,
      realisedCashableToDate: 71847.2,
      realisedNonCashableToDate: 74020.8, // 145,868 − 71,847.20
    });
    expect(council?.costToDate).toBeCloseTo(76849.315068, 6);
    // Shares: 76,849.315068 / 146,849.315068 = 0.523321; 145,868 / 162,170 = 0.899476;
    // gap +0.376155. Police: 16,302 / 162,170 − 40,000 / 146,849.315068 = −0.171864.
    expect(council?.costShareToDate).toBeCloseTo(0.523321, 6);
    expect(council?.benefitShareToDate).toBeCloseTo(0.899476, 6);
    expect(council?.gapToDate).toBeCloseTo(0.376155, 6);
    expect(police?.gapToDate).toBeCloseTo(-0.171864, 6);
    expect(dwp).toMatchObject({
      costToDate: 30000,
      realisedBenefitToDate: 0,
      benefitShareToDate: 0,
    });
    expect(equity.totals.costToDate).toBeCloseTo(146849.315068, 6);
    expect(equity.totals.realisedBenefitToDate).toBe(162170);
  });

  it('gives the business case view as well', () => {
    // Forecast costs, whole case: council 70,000 + 10,000 + 50,000 = 130,000; police 40,000;
    // dwp 30,000: 200,000. Whole-case benefit: council 209,640, police 44,460: 254,100.
    // council: 130/200 = 0.65 of costs, 209,640/254,100 = 0.8250295 of benefits: gap +0.1750295.
    const [council] = equity.partners;
    expect(council).toMatchObject({
      forecastCostWholeCase: 130000,
      forecastBenefitWholeCase: 209640,
    });
    expect(council?.forecastCostShare).toBe(0.65);
    expect(council?.forecastGap).toBeCloseTo(0.1750295, 7);
    expect(equity.totals).toMatchObject({
      forecastCostWholeCase: 200000,
      forecastBenefitWholeCase: 254100,
    });
  });
});

describe('financeReinvestment', () => {
  it('pledges 20% of each year’s realised cashable benefit when every budget is local', () => {
    // 2013-14: 75,898 × 0.2 = 15,179.60; 2014-15: 2,470 × 0.2 = 494; 2015-16: 0.
    const pot = financeReinvestment(f);
    expect(
      pot.years.map((y) => [y.financialYear, y.localCashable, y.nationalCashable, y.pot]),
    ).toEqual([
      ['2013-14', 75898, 0, 15179.6],
      ['2014-15', 2470, 0, 494],
      ['2015-16', 0, 0, 0],
    ]);
    expect(pot.totalPot).toBeCloseTo(15673.6, 9);
  });

  it('leaves a national budget’s cashable savings out of the pot and reports them beside it', () => {
    // The police as a national budget (for the test): its cashable 0.4 × realised da lines,
    // Jan 3,705 + Mar 8,892 = 12,597 → 5,038.80 in 2013-14, Apr 3,705 → 1,482 in 2014-15
    // (6,520.80 in all; ledger.test.ts). Local (council): 75,898 − 5,038.80 = 70,859.20 and
    // 2,470 − 1,482 = 988. Pot: 70,859.20 × 0.2 = 14,171.84; 988 × 0.2 = 197.60; total
    // 14,369.44 (= 71,847.20 × 0.2).
    const data = smallProgramme();
    const police = data.partners.find((p) => p.id === 'police');
    if (!police) throw new Error('fixture changed');
    police.budget = 'national';
    const pot = financeReinvestment(evaluateFinance(data, AS_OF));
    const [y1, y2] = pot.years;
    expect(y1?.localCashable).toBeCloseTo(70859.2, 9);
    expect(y1?.nationalCashable).toBeCloseTo(5038.8, 9);
    expect(y1?.pot).toBeCloseTo(14171.84, 9);
    expect(y2?.localCashable).toBeCloseTo(988, 9);
    expect(y2?.nationalCashable).toBeCloseTo(1482, 9);
    expect(y2?.pot).toBeCloseTo(197.6, 9);
    expect(pot.totalLocalCashable).toBeCloseTo(71847.2, 9);
    expect(pot.totalNationalCashable).toBeCloseTo(6520.8, 9);
    expect(pot.totalPot).toBeCloseTo(14369.44, 9);
  });
});

describe('financeReturns', () => {
  it('gives the programme and each strand', () => {
    const { programme, strands } = financeReturns(f);
    expect(programme.businessCase.cost).toBe(200000);
    // safer: costs 70,000 + 40,000 + 50,000 = 160,000 forecast; benefit 254,100.
    // work: costs 30,000 + 10,000 = 40,000 forecast; no monetised benefit.
    expect(
      strands.map((s) => [s.strandId, s.returns.businessCase.cost, s.returns.businessCase.benefit]),
    ).toEqual([
      ['safer', 160000, 254100],
      ['work', 40000, 0],
    ]);
  });
});

describe('compareScenario', () => {
  it('puts base and scenario side by side, with the change', () => {
    // Every unit cost −10%: every benefit falls by exactly a tenth (benefits are linear in the
    // unit cost). Realised to date 162,170 → 145,953 (change −16,217); costs unchanged.
    const c = compareScenario(
      smallProgramme(),
      { unitCostChanges: [{ unitCostId: '*', percent: -10 }] },
      AS_OF,
    );
    const realised = c.figures.find((x) => x.key === 'realisedBenefitToDate');
    expect(realised).toEqual({
      key: 'realisedBenefitToDate',
      kind: 'money',
      base: 162170,
      scenario: 145953,
      change: -16217,
    });
    expect(c.figures.find((x) => x.key === 'costToDate')?.change).toBe(0);
    // Net 162,170 − 146,849.315068 = 15,320.684932 → 145,953 − 146,849.315068 = −896.315068.
    const net = c.figures.find((x) => x.key === 'netBenefitToDate');
    expect(net?.base).toBeCloseTo(15320.684932, 6);
    expect(net?.scenario).toBeCloseTo(-896.315068, 6);
    expect(c.strands[0]?.realisedBenefitToDate).toEqual({
      base: 162170,
      scenario: 145953,
      change: -16217,
    });
  });

  it('discounts at the scenario’s rate', () => {
    // Business case NPV at 0%: 254,100 − 200,000 = 54,100 (at 3.5%: 52,711.84).
    const c = compareScenario(smallProgramme(), { discountRate: 0 }, AS_OF);
    const npv = c.figures.find((x) => x.key === 'businessCaseNetPresentValue');
    expect(npv?.base).toBeCloseTo(52711.8357, 4);
    expect(npv?.scenario).toBeCloseTo(54100, 6);
    expect(c.discountRate).toEqual({ base: 0.035, scenario: 0 });
  });
});

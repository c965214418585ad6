// Issue 18 on a pack worked by hand: test/fixtures/appraisal is the tiny pack (finance.test.ts)
// with the appraisal columns.
// - Unit cost "incident": fiscal £1,000 (value_gbp), economic £200, social £300, 2012-13 prices.
// - Metric "incidents": leakage 0.1, deadweight 0.2 → additional share 0.9 × 0.8 = 0.72, so each
//   incident avoided is worth £495 (tiny's 0.5 × £1,100 × 0.9) × 0.72 = £356.40 fiscal.
//   Forecast improvement 70 (all in 2013-14): fiscal 24,948; realised 50: fiscal 17,820.
//   Economic = 0.2 × fiscal (4,989.60; 3,564), social = 0.3 × (7,484.40; 5,346); total × 1.5.
// - Costs: police running 2013-14 in 2012-13 prices (index 100 → 110): forecast 5,000 → 5,500,
//   actual 4,000 → 4,400; police 2014-15, 2012-13 prices with a 10% uplift: 5,000 × 1.1 × 1.1 =
//   6,050; council transition, standard buildings (24%): 1,000.50 × 1.24 = 1,240.62, actual
//   1,200.25 unchanged.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, getJson, injectAs, startTestApp, type TestApp } from './helpers.js';

const appraisalPackDir = fileURLToPath(new URL('./fixtures/appraisal', import.meta.url));
const APP = '/api/programmes/appraisal';
const AS_OF = 'asOf=2014-04-30';

let t: TestApp;
let finance: { token: string };

beforeAll(async () => {
  t = await startTestApp([appraisalPackDir]);
  finance = await createTestUser(t.db, {
    email: 'finance@appraisal.local',
    programmeId: 'appraisal',
    roles: [{ role: 'finance' }],
  });
});
afterAll(async () => t.close());

describe('GET /value-stack', () => {
  it('stacks fiscal, economic and social value and sets the two returns side by side', async () => {
    const { status, body } = await getJson(t.app, `${APP}/value-stack?${AS_OF}`);
    expect(status).toBe(200);
    const bc = body.programme.businessCase;
    expect(bc.value).toEqual({ fiscal: 24948, economic: 4989.6, social: 7484.4, total: 37422 });
    // All benefit falls in 2013-14 (t = 0), so its present value is the same.
    expect(bc.presentValue).toEqual(bc.value);
    // Cost 5,500 + 1,240.62 + 6,050 = 12,790.62; PV 6,740.62 + 6,050 / 1.035 = 12,586.030628.
    expect(bc.cost).toBe(12790.62);
    expect(bc.presentValueCost).toBe(12586.03);
    // Financial ROI 24,948 / 12,790.62 = 1.950492; public value 37,422 / 12,790.62 = 2.925738.
    // Discounted: 24,948 / 12,586.030628 = 1.982198; 37,422 / 12,586.030628 = 2.973296.
    expect(bc.financialReturnOnInvestment).toBeCloseTo(1.950492, 5);
    expect(bc.publicValueReturnOnInvestment).toBeCloseTo(2.925738, 5);
    expect(bc.discountedFinancialReturnOnInvestment).toBeCloseTo(1.982198, 5);
    expect(bc.discountedPublicValueReturnOnInvestment).toBeCloseTo(2.973296, 5);
    // 24,948 − 12,586.030628 = 12,361.97; 37,422 − 12,586.030628 = 24,835.97.
    expect(bc.netPresentBudgetImpact).toBe(12361.97);
    expect(bc.netPresentPublicValue).toBe(24835.97);

    const rt = body.programme.realisedToDate;
    expect(rt.value).toEqual({ fiscal: 17820, economic: 3564, social: 5346, total: 26730 });
    // Cost to date: actuals 4,400 + 1,200.25, and 30/365 of 2014-15's forecast 6,050 (no
    // actual yet) = 497.260274: 6,097.510274 → 6,097.51.
    expect(rt.cost).toBe(6097.51);
    expect(body.outcomes.find((o: { outcomeId: string }) => o.outcomeId === 'safer')).toMatchObject(
      {
        businessCase: { value: { fiscal: 24948, total: 37422 } },
      },
    );
    expect(body.strands.map((s: { id: string }) => s.id)).toEqual(['safety', 'jobs']);
  });

  it('downloads as CSV (finance role) with a row per scope and basis', async () => {
    const res = await injectAs(
      t.app,
      { token: finance.token },
      { method: 'GET', url: `${APP}/value-stack?${AS_OF}&format=csv` },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="appraisal-value-stack-2014-04-30.csv"',
    );
    expect(res.body).toContain('Financial ROI');
    expect(res.body).toContain(
      'appraisal,2014-04-30,programme,programme,Appraisal Programme,Business case (forecast),' +
        '24948.00,4989.60,7484.40,37422.00,',
    );
  });
});

describe('additionality in the lines behind a figure', () => {
  it('shows each share and the additional factor on every line', async () => {
    const { body } = await getJson(
      t.app,
      `${APP}/benefits/lines?${AS_OF}&measure=forecastBenefitWholeCase&partner=police`,
    );
    expect(body.lines[0]).toMatchObject({
      leakage: 0.1,
      displacement: 0,
      substitution: 0,
      deadweight: 0.2,
    });
    expect(body.lines[0].additionalityFactor).toBeCloseTo(0.72, 12);
    // Police bears 0.6: 24,948 × 0.6 = 14,968.80.
    expect(body.total).toBe(14968.8);
  });
});

describe('appraised costs in the returns', () => {
  it('counts costs in the price base with the optimism-bias uplift on forecasts', async () => {
    const { body } = await getJson(t.app, `${APP}/returns?${AS_OF}`);
    const [y1, y2] = body.programme.years;
    expect(y1).toMatchObject({
      forecastRunningCost: 5500,
      forecastTransitionCost: 1240.62,
      actualCost: 5600.25,
    });
    expect(y2).toMatchObject({ forecastRunningCost: 6050 });
  });
});

describe('the cost lines show how each row was appraised', () => {
  it('gives the amounts as given, the price year, deflator factor and uplift', async () => {
    const { body } = await getJson(
      t.app,
      `${APP}/costs/lines?${AS_OF}&measure=forecastCost&partner=police`,
    );
    // 2014-15: £5,000 in 2012-13 prices × 1.1 × (1 + 0.1) = £6,050.
    expect(body.lines[1]).toMatchObject({
      financialYear: '2014-15',
      forecast: 6050,
      forecastAsGiven: 5000,
      priceYear: '2012-13',
      deflatorFactor: 1.1,
      optimismBias: 0.1,
    });
    // 5,500 + 6,050.
    expect(body.total).toBe(11550);
  });
});

describe('the uncertainty model starts from the costs the finance pages appraise', () => {
  it('has the business case NPV the returns report as its base case, uplift applied once', async () => {
    // Business case (returns): fiscal benefit 24,948 in 2013-14 less PV costs 12,586.030628
    // (5,500 + 1,240.62 + 6,050 / 1.035, each cost deflated and uplifted once) = £12,361.97.
    const returns = await getJson(t.app, `${APP}/returns?${AS_OF}`);
    expect(returns.body.programme.businessCase.netPresentValue).toBeCloseTo(12361.97, 2);
    const res = await injectAs(
      t.app,
      { token: finance.token },
      { method: 'GET', url: `${APP}/uncertainty?${AS_OF}&draws=1000` },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.netPresentValue).toBe(12361.97);
    // The model's NPV at the pack's own values: the same figure, not one with the costs'
    // price-base factor and optimism bias applied a second time.
    expect(body.monteCarlo.central).toBe(12361.97);
    // Unit costs' switching value, closed form: PV costs / PV benefits = 12,586.030628 / 24,948
    // = 0.504491.
    const unitCosts = body.switchingValues.find((s: { key: string }) => s.key === 'unitCosts');
    expect(unitCosts.switchingValue).toBeCloseTo(0.504491, 6);
  });
});

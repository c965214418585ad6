// The finance view's API on two packs small enough to work by hand — tiny (test/fixtures/tiny,
// worked in summary.test.ts) and finance (test/fixtures/finance, written for these tests: bearer
// shares in thirds so that lines round, a stock metric, three categories) — and cross-checked on
// the demonstration pack (finance-cross-check.test.ts).
//
// tiny, as of 30 April 2014: "incidents" is worth £495 per incident avoided (0.5 × £1,100 × 0.9),
// borne police 0.6 / council 0.4, cashable share 0.5. Comparable: Q1 (F 10, A 5), Q2 (F 20,
// A 15), Q4 (F 20, A 30); Q3 is a missing return (F 20). So per period:
//   Q1 forecast 4,950 → police 2,970, council 1,980; realised 2,475 → 1,485 / 990
//   Q2 forecast 9,900 → 5,940 / 3,960;            realised 7,425 → 4,455 / 2,970
//   Q3 forecast 9,900 → 5,940 / 3,960;            (not comparable)
//   Q4 forecast 9,900 → 5,940 / 3,960;            realised 14,850 → 8,910 / 5,940
// Costs: police 2013-14 running forecast 5,000 / actual 4,000; police 2014-15 running 5,000 /
// not known; council 2013-14 transition 1,000.50 / 1,200.25.
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  getJson,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from './helpers.js';

const financePackDir = fileURLToPath(new URL('./fixtures/finance', import.meta.url));

let t: TestApp;
let tinyFinance: { token: string };
let finpackFinance: { token: string };

beforeAll(async () => {
  t = await startTestApp([tinyPackDir, financePackDir]);
  tinyFinance = await createTestUser(t.db, {
    email: 'finance@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'finance' }],
  });
  finpackFinance = await createTestUser(t.db, {
    email: 'finance@finpack.local',
    programmeId: 'finpack',
    roles: [{ role: 'finance' }],
  });
});
afterAll(async () => t.close());

const TINY = '/api/programmes/tiny';
const FIN = '/api/programmes/finpack';

describe('GET /benefits (the ledger) on tiny', () => {
  it('by partner: each bearer’s share of every figure, and the total row', async () => {
    const { status, body } = await getJson(
      t.app,
      `${TINY}/benefits?asOf=2014-04-30&groupBy=partner`,
    );
    expect(status).toBe(200);
    expect(body.groupBy).toBe('partner');
    expect(body.rows).toEqual([
      {
        key: 'council',
        name: 'Testshire Council',
        forecastBenefitToDate: 9900, // 1,980 + 3,960 + 3,960
        realisedBenefitToDate: 9900, // 990 + 2,970 + 5,940
        forecastBenefitWholeCase: 13860, // 1,980 + 3 × 3,960
        realisedCashableToDate: 4950, // 9,900 × 0.5
        lineCount: 4,
      },
      {
        key: 'police',
        name: 'Testshire Police',
        forecastBenefitToDate: 14850, // 2,970 + 5,940 + 5,940
        realisedBenefitToDate: 14850, // 1,485 + 4,455 + 8,910
        forecastBenefitWholeCase: 20790, // 2,970 + 3 × 5,940
        realisedCashableToDate: 7425, // 14,850 × 0.5
        lineCount: 4,
      },
    ]);
    // The summary's totals (summary.test.ts): 24,750 / 24,750 / 34,650 / 12,375.
    expect(body.total).toEqual({
      forecastBenefitToDate: 24750,
      realisedBenefitToDate: 24750,
      forecastBenefitWholeCase: 34650,
      realisedCashableToDate: 12375,
      lineCount: 8,
    });
    // Every tiny line is whole pence, so the ledger and the summary agree exactly.
    expect(body.reconciliation.map((r: { difference: number }) => r.difference)).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('by cashable: the split, with no cashable column', async () => {
    const { body } = await getJson(t.app, `${TINY}/benefits?asOf=2014-04-30&groupBy=cashable`);
    // Cashable share 0.5: half of 24,750 / 24,750 / 34,650 on each side.
    expect(body.rows).toEqual([
      {
        key: 'cashable',
        name: 'Cashable',
        forecastBenefitToDate: 12375,
        realisedBenefitToDate: 12375,
        forecastBenefitWholeCase: 17325,
        lineCount: 8,
      },
      {
        key: 'non-cashable',
        name: 'Non-cashable',
        forecastBenefitToDate: 12375,
        realisedBenefitToDate: 12375,
        forecastBenefitWholeCase: 17325,
        lineCount: 8,
      },
    ]);
  });

  it('by financial year, strand, outcome and category', async () => {
    const get = async (groupBy: string) =>
      (await getJson(t.app, `${TINY}/benefits?asOf=2014-04-30&groupBy=${groupBy}`)).body.rows.map(
        (r: { key: string; realisedBenefitToDate: number; forecastBenefitWholeCase: number }) => [
          r.key,
          r.realisedBenefitToDate,
          r.forecastBenefitWholeCase,
        ],
      );
    // Every tiny incident period is in 2013-14; 2014-15 is the business case's second year.
    expect(await get('financialYear')).toEqual([
      ['2013-14', 24750, 34650],
      ['2014-15', 0, 0],
    ]);
    expect(await get('strand')).toEqual([
      ['safety', 24750, 34650],
      ['jobs', 0, 0], // not monetised
    ]);
    expect(await get('outcome')).toEqual([
      ['safer', 24750, 34650],
      ['work', 0, 0],
    ]);
    expect(await get('category')).toEqual([
      ['fiscal', 24750, 34650],
      ['economic', 0, 0],
      ['social', 0, 0],
    ]);
  });

  it('defaults to grouping by strand and refuses an unknown grouping', async () => {
    expect((await getJson(t.app, `${TINY}/benefits?asOf=2014-04-30`)).body.groupBy).toBe('strand');
    const bad = await getJson(t.app, `${TINY}/benefits?groupBy=colour`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('groupBy');
  });
});

describe('GET /benefits/lines on tiny', () => {
  it('gives every factor of each line, summing to the cell', async () => {
    const { status, body } = await getJson(
      t.app,
      `${TINY}/benefits/lines?asOf=2014-04-30&partner=police&measure=realisedBenefitToDate`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      measure: 'realisedBenefitToDate',
      part: 'all',
      filters: { partner: 'police', strand: null },
      total: 14850, // the police cell of the ledger
      lineCount: 3,
    });
    // Q1: A = 100 − 95 = 5; 5 × 0.5 × £1,000 × 1.1 × (1 − 0.1) × 1 × 0.6 = £1,485.
    expect(body.lines[0]).toEqual({
      metricId: 'incidents',
      metricName: 'Reported incidents',
      strandId: 'safety',
      outcomeId: 'safer',
      unitCostId: 'incident',
      unitCostName: 'Incident',
      category: 'fiscal',
      partnerId: 'police',
      periodStart: '2013-04-01',
      label: 'Q1 2013-14',
      financialYear: '2013-14',
      comparable: true,
      counterfactual: 100,
      value: 95,
      improvement: 5,
      attribution: 0.5,
      unitCostAsPriced: 1000,
      priceYear: '2012-13',
      deflatorFactor: 1.1,
      upratedUnitCost: 1100,
      optimismBias: 0.1,
      periodLengthFactor: 1,
      // No additionality in the pack: every share 0, so the factor is exactly 1.
      leakage: 0,
      displacement: 0,
      substitution: 0,
      deadweight: 0,
      additionalityFactor: 1,
      bearerShare: 0.6,
      cashableShare: 0.5,
      partFactor: 1,
      amount: 1485,
    });
    // Q2 4,455 (A 15) and Q4 8,910 (A 30); the missing Q3 return is not a line to date.
    expect(body.lines.map((l: { label: string; amount: number }) => [l.label, l.amount])).toEqual([
      ['Q1 2013-14', 1485],
      ['Q2 2013-14', 4455],
      ['Q4 2013-14', 8910],
    ]);
  });

  it('uses the forecast for forecast measures and counts every forecast period in the whole case', async () => {
    const { body } = await getJson(
      t.app,
      `${TINY}/benefits/lines?asOf=2014-04-30&partner=council&measure=forecastBenefitWholeCase`,
    );
    // 1,980 + 3,960 × 3 = 13,860, Q3 included (its forecast is part of the business case).
    expect(body.total).toBe(13860);
    expect(
      body.lines.map((l: { value: number; improvement: number }) => [l.value, l.improvement]),
    ).toEqual([
      [90, 10],
      [80, 20],
      [80, 20],
      [80, 20],
    ]);
  });

  it('gives the cashable part, with its factor', async () => {
    const { body } = await getJson(
      t.app,
      `${TINY}/benefits/lines?asOf=2014-04-30&strand=safety&measure=realisedCashableToDate`,
    );
    // 24,750 × 0.5 = 12,375: six lines (3 periods × 2 bearers), each × 0.5.
    expect(body).toMatchObject({ part: 'cashable', total: 12375, lineCount: 6 });
    expect(body.lines.every((l: { partFactor: number }) => l.partFactor === 0.5)).toBe(true);
  });

  it('answers 404 for an unknown filter id and 400 for a bad year', async () => {
    const unknown = await getJson(t.app, `${TINY}/benefits/lines?strand=nope`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('strand');
    const year = await getJson(t.app, `${TINY}/benefits/lines?financialYear=2013-2014`);
    expect(year.status).toBe(400);
    expect(year.body.error.message).toContain('financialYear');
  });
});

describe('GET /costs/lines on tiny', () => {
  it('lists the cost rows behind costs to date and behind the forecast', async () => {
    const actual = await getJson(t.app, `${TINY}/costs/lines?asOf=2014-04-30`);
    // By 30 Apr 2014: 2013-14 has ended (4,000 + 1,200.25 actuals, whole); 2014-15 has run 30 of
    // its 365 days, so the police's £5,000 forecast (no actual yet) counts 30/365 = 410.958904.
    // 5,611.208904 → 5,611.21 = summary costToDate; the shown rows add up with no rounding.
    expect(actual.body).toMatchObject({
      measure: 'actualCostToDate',
      total: 5611.21,
      rounding: 0,
      lineCount: 3,
    });
    expect(actual.body.lines[1]).toEqual({
      strandId: 'safety',
      partnerId: 'police',
      financialYear: '2014-15',
      kind: 'running',
      forecast: 5000,
      actual: null,
      ended: false,
      fraction: 30 / 365,
      basis: 'forecast',
      amount: 410.96,
      // No price year or uplift in the pack: as given, factor 1, no optimism bias.
      forecastAsGiven: 5000,
      actualAsGiven: null,
      priceYear: null,
      deflatorFactor: 1,
      optimismBias: 0,
    });
    const forecast = await getJson(
      t.app,
      `${TINY}/costs/lines?asOf=2014-04-30&partner=police&measure=forecastCost`,
    );
    // 5,000 + 5,000 = 10,000; the 2014-15 row has no actual yet.
    expect(forecast.body.total).toBe(10000);
    expect(forecast.body.lines[1]).toEqual({
      strandId: 'safety',
      partnerId: 'police',
      financialYear: '2014-15',
      kind: 'running',
      forecast: 5000,
      actual: null,
      ended: false,
      fraction: 1,
      basis: 'forecast',
      amount: 5000,
      // No price year or uplift in the pack: as given, factor 1, no optimism bias.
      forecastAsGiven: 5000,
      actualAsGiven: null,
      priceYear: null,
      deflatorFactor: 1,
      optimismBias: 0,
    });
  });
});

describe('GET /returns on tiny', () => {
  it('works out the business case and realised to date', async () => {
    const { status, body } = await getJson(t.app, `${TINY}/returns?asOf=2014-04-30`);
    expect(status).toBe(200);
    expect(body.discountRate).toBe(0.035);
    const [y1, y2] = body.programme.years;
    // 2013-14: forecast cost 1,000.50 transition + 5,000 running; actual 1,200.25 + 4,000.
    expect(y1).toMatchObject({
      financialYear: '2013-14',
      forecastTransitionCost: 1000.5,
      forecastRunningCost: 5000,
      forecastCost: 6000.5,
      actualCost: 5200.25,
      forecastBenefit: 34650,
      realisedBenefitToDate: 24750,
      forecastNet: 28649.5, // 34,650 − 6,000.50
      realisedNet: 19549.75, // 24,750 − 5,200.25
    });
    // 2014-15 has started but not ended, t = 1: 30 of its 365 days count, of the £5,000
    // forecast (no actual yet): 410.958904 → 410.96, against no realised benefit.
    expect(y2).toMatchObject({
      financialYear: '2014-15',
      yearIndex: 1,
      costToDateFraction: 30 / 365,
      costBasis: 'forecast',
      actualCost: 410.96,
      realisedNet: -410.96,
    });
    // PV cost = 6,000.50 + 5,000 / 1.035 = 6,000.50 + 4,830.9179 = 10,831.42;
    // NPV = 34,650 − 10,831.4179 = 23,818.58; ROI = 34,650 / 11,000.50 = 3.14986.
    expect(body.programme.businessCase).toMatchObject({
      cost: 11000.5,
      benefit: 34650,
      net: 23649.5,
      paybackYear: '2013-14',
      presentValueCost: 10831.42,
      presentValueBenefit: 34650,
      netPresentValue: 23818.58,
    });
    expect(body.programme.businessCase.returnOnInvestment).toBeCloseTo(3.14986, 5);
    // Realised to date: the summary's cost to date and net benefit (5,611.21; 19,138.79).
    expect(body.programme.realisedToDate).toMatchObject({
      cost: 5611.21,
      benefit: 24750,
      net: 19138.79,
      paybackYear: '2013-14',
    });
    // Strands: safety carries the money and police costs; jobs the council's transition cost.
    expect(
      body.strands.map((s: { id: string; businessCase: { cost: number } }) => [
        s.id,
        s.businessCase.cost,
      ]),
    ).toEqual([
      ['safety', 10000],
      ['jobs', 1000.5],
    ]);
  });
});

describe('GET /equity on tiny', () => {
  it('sets costs borne against benefits received, partner by partner', async () => {
    const { body } = await getJson(t.app, `${TINY}/equity?asOf=2014-04-30`);
    const [council, police] = body.partners;
    // Costs to date: council 1,200.25, police 4,000 + 30/365 of 2014-15's £5,000 forecast
    // (410.958904) = 4,410.958904; 5,611.208904 in all. Benefits: council 9,900 (0.4), police
    // 14,850 (0.6). council: 1,200.25 / 5,611.208904 = 0.213902; gap 0.4 − 0.213902 = +0.186098.
    expect(council).toMatchObject({
      partnerId: 'council',
      costToDate: 1200.25,
      realisedBenefitToDate: 9900,
      realisedCashableToDate: 4950,
      realisedNonCashableToDate: 4950,
      benefitShareToDate: 0.4,
    });
    expect(council.costShareToDate).toBeCloseTo(0.213902, 6);
    expect(council.gapToDate).toBeCloseTo(0.186098, 6);
    // police: 4,410.958904 / 5,611.208904 = 0.786098 of costs, 0.6 of benefits: −0.186098.
    expect(police.costToDate).toBe(4410.96);
    expect(police.gapToDate).toBeCloseTo(-0.186098, 6);
    // Whole case: forecast costs council 1,000.50, police 10,000; benefits 13,860 / 20,790.
    expect(police).toMatchObject({ forecastCostWholeCase: 10000, forecastBenefitWholeCase: 20790 });
    expect(body.totals).toEqual({
      costToDate: 5611.21,
      realisedBenefitToDate: 24750,
      realisedCashableToDate: 12375,
      realisedNonCashableToDate: 12375,
      forecastCostWholeCase: 11000.5,
      forecastBenefitWholeCase: 34650,
    });
  });
});

describe('GET /reinvestment and /unit-costs on tiny', () => {
  it('pledges 20% of realised cashable benefit', async () => {
    const { body } = await getJson(t.app, `${TINY}/reinvestment?asOf=2014-04-30`);
    // Both partners are local (the tiny pack has no budget column): 12,375 × 0.2 = 2,475, all
    // in 2013-14; nothing national.
    expect(body).toEqual({
      programmeId: 'tiny',
      asOf: '2014-04-30',
      reinvestmentShare: 0.2,
      years: [
        {
          financialYear: '2013-14',
          started: true,
          localCashable: 12375,
          nationalCashable: 0,
          pot: 2475,
        },
        // Begun on 1 April 2014, with nothing realised yet.
        {
          financialYear: '2014-15',
          started: true,
          localCashable: 0,
          nationalCashable: 0,
          pot: 0,
        },
      ],
      totalLocalCashable: 12375,
      totalNationalCashable: 0,
      totalRealisedCashable: 12375,
      totalPot: 2475,
      rounding: { localCashable: 0, nationalCashable: 0, pot: 0 },
      nationalPartners: [],
    });
  });

  it('registers every unit cost with its uprating, correction, bearers and metrics', async () => {
    const { body } = await getJson(t.app, `${TINY}/unit-costs`);
    expect(body.priceBaseYear).toBe('2013-14');
    // £1,000 in 2012-13 × 110/100 = £1,100; grade 3 → 10% → £990.
    expect(body.unitCosts).toEqual([
      {
        id: 'incident',
        name: 'Incident',
        per: 'event',
        valueAsPriced: 1000,
        priceYear: '2012-13',
        source: 'Test source',
        category: 'fiscal',
        confidenceGrade: 3,
        optimismBias: 0.1,
        deflatorFactor: 1.1,
        upratedValue: 1100,
        valueAfterOptimismBias: 990,
        cashableShare: 0.5,
        bearers: [
          { partnerId: 'police', name: 'Testshire Police', share: 0.6 },
          { partnerId: 'council', name: 'Testshire Council', share: 0.4 },
        ],
        metrics: [
          { id: 'incidents', name: 'Reported incidents', strandId: 'safety', attribution: 0.5 },
        ],
      },
    ]);
  });
});

describe('the finance pack: lines that round', () => {
  // incidents: £100 per incident (grade 1, no correction), borne in thirds (0.333333333,
  // 0.333333333, 0.333333334 to police, council, national), cashable 0.5. Realised Q1 100, Q2
  // 100, Q3 300, Q4 200. A third of £100 is £33.33 (×3 = £99.99: a penny short); a third of
  // £200 is £66.67 (×3 = £200.01); a third of £300 is £100.00.
  // patients: a stock, £36,500 a bed-year in 2012-13 × 102/100 = £37,230; grade 4 → 15%;
  // attribution 0.8; quarterly → × 0.25: 0.8 × 37,230 × 0.85 × 0.25 = £6,329.10 per patient-
  // quarter; health 0.75 / council 0.25, cashable 0.2. Realised Q1 A 1 → £6,329.10
  // (health 4,746.825 → 4,746.83, council 1,582.275 → 1,582.28: a penny over), Q2 A 4 →
  // £25,316.40 (18,987.30 / 6,329.10 exactly), Q4 A 3 → £18,987.30 (14,240.475 → 14,240.48,
  // 4,746.825 → 4,746.83: a penny over); Q3 missing.
  // good-days: yearly, social, 0.5 × £1,000 × (1 − 0.4) = £300 a day; 2013-14 A 4 → £1,200,
  // all to national budgets, not cashable. partners.csv marks "national" as a national budget
  // (and leaves the police's budget empty: local by default).
  it('computes each cell at full precision, the summary’s figure, with a rounding line', async () => {
    const { body } = await getJson(t.app, `${FIN}/benefits?asOf=2014-04-30&groupBy=partner`);
    const realised = Object.fromEntries(
      body.rows.map((r: { key: string; realisedBenefitToDate: number }) => [
        r.key,
        r.realisedBenefitToDate,
      ]),
    );
    // Each cell is its exact sum, rounded once (not a sum of rounded lines):
    expect(realised).toEqual({
      // incidents 0.333333333 × 700 = 233.3333331 + patients 0.25 × 50,632.80 = 12,658.20
      council: 12891.53,
      police: 233.33, // 0.333333333 × 700 = 233.3333331
      health: 37974.6, // 0.75 × 50,632.80 (lines rounded one by one gave 37,974.61)
      national: 1433.33, // 0.333333334 × 700 = 233.3333338 + 1,200
    });
    // The exact total is 700 + 50,632.80 + 1,200 = 52,532.80, the summary's figure to the penny
    // (adding lines rounded one by one gave 52,532.81). The rows as shown add up to 52,532.79:
    // the rounding line holds the penny.
    expect(body.total.realisedBenefitToDate).toBe(52532.8);
    expect(body.rounding.realisedBenefitToDate).toBe(0.01);
    const rec = body.reconciliation.find(
      (r: { measure: string }) => r.measure === 'realisedBenefitToDate',
    );
    // 19 comparable lines (4 × 3 incidents, 3 × 2 patients, 1 good-days).
    expect(rec).toEqual({
      measure: 'realisedBenefitToDate',
      ledger: 52532.8,
      summary: 52532.8,
      difference: 0,
      lines: 19,
      tolerance: 0,
    });
    const summary = await getJson(t.app, `${FIN}/summary?asOf=2014-04-30`);
    expect(summary.body.totals.realisedBenefitToDate).toBe(52532.8);
  });

  it('gives national budgets a benefit share with no cost share: savings leaving the partnership', async () => {
    const { body } = await getJson(t.app, `${FIN}/equity?asOf=2014-04-30`);
    const national = body.partners.find((p: { partnerId: string }) => p.partnerId === 'national');
    // 1,433.3333338 / 52,532.80 = 0.0272845 of benefits; no costs: gap +0.0272845.
    expect(national).toMatchObject({ kind: 'other', costToDate: 0, costShareToDate: 0 });
    expect(national.gapToDate).toBeCloseTo(0.0272845, 7);
    // Costs to date: 2013-14 whole: 900 + 2,100 (police) + 10,000 + 500 (council; the 500's
    // actual is not known, so its forecast counts) + 28,000.50 (health) = 41,500.50; 2014-15
    // has run 30 of 365 days: forecasts police 2,000 × 30/365 = 164.383562 and health 30,000
    // × 30/365 = 2,465.753425. Total 44,130.636987 → 44,130.64.
    expect(body.totals.costToDate).toBe(44130.64);
  });

  it('works out the reinvestment pot from local cashable savings only', async () => {
    const { body } = await getJson(t.app, `${FIN}/reinvestment?asOf=2014-04-30`);
    // Cashable, share 0.5 of incidents and 0.2 of patients (good-days is not cashable):
    // local: incidents police + council 0.666666666 × 700 × 0.5 = 233.3333331, patients
    // 0.2 × 50,632.80 = 10,126.56: 10,359.8933331. National: 0.333333334 × 700 × 0.5 =
    // 116.6666669, beside the pot. Pot 10,359.8933331 × 0.25 = 2,589.9733333 → 2,589.97.
    expect(body.years[0]).toEqual({
      financialYear: '2013-14',
      started: true,
      localCashable: 10359.89,
      nationalCashable: 116.67,
      pot: 2589.97,
    });
    expect(body.totalPot).toBe(2589.97);
    expect(body.totalNationalCashable).toBe(116.67);
    expect(body.nationalPartners).toEqual([{ id: 'national', name: 'National budgets' }]);
  });

  it('keeps the cashable split casting: cashable + non-cashable = the line', async () => {
    const all = await getJson(t.app, `${FIN}/benefits/lines?asOf=2014-04-30&metric=incidents`);
    const cash = await getJson(
      t.app,
      `${FIN}/benefits/lines?asOf=2014-04-30&metric=incidents&part=cashable`,
    );
    const rest = await getJson(
      t.app,
      `${FIN}/benefits/lines?asOf=2014-04-30&metric=incidents&part=non-cashable`,
    );
    // Exact: 700 = 350 + 350 (cashable share 0.5). The lines as shown are each rounded: thirds
    // of 100, 100, 300, 200 show as 33.33 ×3, 33.33 ×3, 100 ×3, 66.67 ×3 = 699.99; their halves
    // as 16.67 ×3, 16.67 ×3, 50 ×3, 33.33 ×3 = 350.01 in each part. The rounding line makes up
    // the difference: +0.01, −0.01, −0.01.
    expect([all.body.total, cash.body.total, rest.body.total]).toEqual([700, 350, 350]);
    expect([all.body.rounding, cash.body.rounding, rest.body.rounding]).toEqual([
      0.01, -0.01, -0.01,
    ]);
  });
});

describe('POST /scenarios', () => {
  const post = (token: string | null, body: unknown, url = `${TINY}/scenarios?asOf=2014-04-30`) =>
    injectAs(t.app, token === null ? null : { token }, {
      method: 'POST',
      url,
      payload: body as object,
    });

  it('puts base and scenario side by side, and stores nothing', async () => {
    const before = await storeChecksum(t.db);
    const res = await post(tinyFinance.token, {
      unitCostChanges: [{ unitCostId: '*', percent: -10 }],
      optimismBias: { '3': 0 },
      discountRate: 0,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // £1,000 − 10% = £900 × 1.1 × (1 − 0) × 0.5 = £495 per incident: the same value per unit as
    // the base (£1,100 × 0.9 × 0.5), so every benefit is unchanged.
    const realised = body.figures.find((f: { key: string }) => f.key === 'realisedBenefitToDate');
    expect(realised).toEqual({
      key: 'realisedBenefitToDate',
      kind: 'money',
      base: 24750,
      scenario: 24750,
      change: 0,
    });
    // At 0% the NPV is the undiscounted net: 34,650 − 11,000.50 = 23,649.50 (base 23,818.58).
    const npv = body.figures.find((f: { key: string }) => f.key === 'businessCaseNetPresentValue');
    expect(npv).toMatchObject({ base: 23818.58, scenario: 23649.5, change: -169.08 });
    expect(body.discountRate).toEqual({ base: 0.035, scenario: 0 });
    expect(body.overrides.discountRate).toBe(0);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('changes one unit cost', async () => {
    const res = await post(tinyFinance.token, {
      unitCostChanges: [{ unitCostId: 'incident', percent: 20 }],
    });
    // +20%: £495 → £594 per incident; realised 50 incidents × 594 = 29,700 (+4,950).
    const body = res.json();
    expect(body.strands[0]).toEqual({
      id: 'safety',
      name: 'Safer Streets',
      realisedBenefitToDate: { base: 24750, scenario: 29700, change: 4950 },
      forecastBenefitWholeCase: { base: 34650, scenario: 41580, change: 6930 },
    });
  });

  it.each([
    [{ unitCostChanges: [{ unitCostId: 'nope', percent: 5 }] }, 'unitCostChanges.0.unitCostId'],
    [{ unitCostChanges: [{ unitCostId: '*', percent: -100 }] }, 'unitCostChanges.0.percent'],
    [{ unitCostChanges: [{ unitCostId: '*', percent: 'ten' }] }, 'unitCostChanges.0.percent'],
    [{ optimismBias: { '3': 1.5 } }, 'optimismBias.3'],
    [{ optimismBias: { '7': 0.1 } }, 'optimismBias'],
    [{ discountRate: 1 }, 'discountRate'],
    [{ discountRate: -0.01 }, 'discountRate'],
    [{ interestRate: 0.05 }, 'body'],
  ])('refuses %j with a 400 naming %s', async (body, field) => {
    const res = await post(tinyFinance.token, body);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(field);
    expect(error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('moves growth and attribution', async () => {
    // Attribution −50%: 0.5 → 0.25, every benefit halves: 34,650 → 17,325, and the NPV is
    // 17,325 − 6,000.50 − 5,000/1.035 = £6,493.58. Growth +1 point moves nothing: every
    // monetised forecast is in 2013-14, the anchor's year (k = 0).
    const res = await post(tinyFinance.token, { attributionPercent: -50, growthChange: 0.01 });
    expect(res.statusCode).toBe(200);
    const npv = res
      .json()
      .figures.find((f: { key: string }) => f.key === 'businessCaseNetPresentValue');
    expect(npv).toMatchObject({ base: 23818.58, scenario: 6493.58 });
    const bad = await post(tinyFinance.token, { growthChange: 2 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('growthChange');
  });

  it('is for the finance role: a board member is refused', async () => {
    const res = await post(t.boardToken, { discountRate: 0.05 });
    expect(res.statusCode).toBe(403);
  });
});

describe('exports', () => {
  const download = (url: string, token = tinyFinance.token) =>
    injectAs(t.app, { token }, { method: 'GET', url });

  it('downloads the ledger as CSV with the programme and as-of date on every row', async () => {
    const res = await download(`${TINY}/benefits?asOf=2014-04-30&groupBy=partner&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tiny-benefits-by-partner-2014-04-30.csv"',
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Programme,As of,Key,Name,Forecast benefit to date (£),Realised benefit to date (£),' +
        '"Forecast benefit, whole business case (£)",Realised cashable benefit to date (£),Lines',
      'tiny,2014-04-30,council,Testshire Council,9900.00,9900.00,13860.00,4950.00,4',
      'tiny,2014-04-30,police,Testshire Police,14850.00,14850.00,20790.00,7425.00,4',
      'tiny,2014-04-30,total,Total,24750.00,24750.00,34650.00,12375.00,8',
    ]);
  });

  it('downloads a real workbook with typed number cells and a header row', async () => {
    const res = await download(`${FIN}/equity?asOf=2014-04-30&format=xlsx`, finpackFinance.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(res.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Partner equity');
    expect(sheet.getCell('A1').value).toBe(
      'Finance Test Programme (Sumshire): Partner equity: costs borne and benefits received',
    );
    expect([sheet.getCell('A2').value, sheet.getCell('B2').value]).toEqual([
      'Programme',
      'finpack',
    ]);
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value]).toEqual(['As of', '2014-04-30']);
    // The header row, then one row per partner with numbers as numbers.
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Partner id') header = n;
    });
    expect(header).toBeGreaterThan(3);
    const health = sheet.getRow(header + 3);
    expect(health.getCell(1).value).toBe('health');
    // Cost to date: 2013-14's 28,000.50 + 30/365 of 2014-15's 30,000 forecast (2,465.753425).
    expect(health.getCell(4).value).toBe(30466.25);
    expect(health.getCell(4).numFmt).toBe('£#,##0.00;-£#,##0.00');
    expect(health.getCell(6).value).toBe(37974.6);
    expect(typeof health.getCell(10).value).toBe('number'); // the gap, a share
  });

  it('downloads every finance table in both formats', async () => {
    for (const path of [
      'benefits?groupBy=cashable',
      'benefits/lines?partner=police',
      'costs/lines?measure=forecastCost',
      'returns',
      'equity',
      'reinvestment',
      'unit-costs',
    ]) {
      for (const format of ['csv', 'xlsx']) {
        const res = await download(
          `${TINY}/${path}${path.includes('?') ? '&' : '?'}asOf=2014-04-30&format=${format}`,
        );
        expect(res.statusCode, `${path} ${format}`).toBe(200);
        expect(res.headers['content-disposition'], path).toMatch(
          /^attachment; filename="tiny-.+\.(csv|xlsx)"$/,
        );
      }
    }
  });

  it('is for the finance role: a board member reads the JSON but cannot download', async () => {
    expect((await getJson(t.app, `${TINY}/equity?asOf=2014-04-30`)).status).toBe(200);
    const res = await download(`${TINY}/equity?asOf=2014-04-30&format=csv`, t.boardToken);
    expect(res.statusCode).toBe(403);
  });
});

describe('OpenAPI', () => {
  it('documents every finance route', async () => {
    const { body } = await getJson(t.app, '/api/docs/json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/programmes/{programmeId}/benefits',
        '/api/programmes/{programmeId}/benefits/lines',
        '/api/programmes/{programmeId}/costs/lines',
        '/api/programmes/{programmeId}/returns',
        '/api/programmes/{programmeId}/equity',
        '/api/programmes/{programmeId}/reinvestment',
        '/api/programmes/{programmeId}/unit-costs',
        '/api/programmes/{programmeId}/scenarios',
        '/api/programmes/{programmeId}/uncertainty',
      ]),
    );
  });
});

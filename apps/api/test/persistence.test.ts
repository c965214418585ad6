// The returns answer's persistence block (issue 18) on packs worked by hand.
// - tiny (finance.test.ts): no profile, so the block's NPV and ROI are the business case's own.
// - test/fixtures/persistence ("lasting") is tiny with a profile on "incidents": lag 1 year,
//   persisting 3 years, dropping off 20% a year (the GMCA CBA model's profile; the value of
//   year y is realised in year y + 1 + k at 0.8^k). Incidents are worth £34,650, all achieved
//   in 2013-14 (70 avoided × £495). Realised: 2014-15 34,650; 2015-16 27,720; 2016-17
//   22,176. The programme is two years (2013-14, 2014-15): within it 34,650, after it
//   27,720 + 22,176 = 49,896. PV at 3.5% (t = 0 in 2013-14): 34,650/1.035 + 27,720/1.035² +
//   22,176/1.035³ = 33,478.260870 + 25,876.916614 + 20,001.481441 = £79,356.658925. PV costs
//   6,000.50 + 5,000/1.035 = £10,831.417874. NPV £68,525.241050 → £68,525.24; ROI
//   79,356.658925 / 10,831.417874 = 7.326525.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  getJson,
  injectAs,
  startTestApp,
  tinyPackDir,
  type TestApp,
} from './helpers.js';

const lastingPackDir = fileURLToPath(new URL('./fixtures/persistence', import.meta.url));
const AS_OF = 'asOf=2014-04-30';

let t: TestApp;
let finance: { token: string };

beforeAll(async () => {
  t = await startTestApp([tinyPackDir, lastingPackDir]);
  finance = await createTestUser(t.db, {
    email: 'finance@lasting.local',
    programmeId: 'lasting',
    roles: [{ role: 'finance' }],
  });
});
afterAll(async () => t.close());

describe('POST /scenarios: drop-off and persistence', () => {
  it('moves the NPV with persistence, worked by hand, and refuses a bad change naming it', async () => {
    // Drop-off 0.2 + 0.3 = 0.5: realised 2014-15 34,650; 2015-16 17,325; 2016-17 8,662.50.
    // PV 33,478.260870 + 17,325/1.035² + 8,662.50/1.035³ = 33,478.260870 + 16,173.072884 +
    // 7,813.078688 = £57,464.412442; NPV 57,464.412442 − 10,831.417874 = £46,632.99.
    const post = (payload: object) =>
      injectAs(
        t.app,
        { token: finance.token },
        { method: 'POST', url: `/api/programmes/lasting/scenarios?${AS_OF}`, payload },
      );
    const res = await post({ dropOffChange: 0.3 });
    expect(res.statusCode).toBe(200);
    const figures = res.json().figures as { key: string }[];
    expect(figures.find((f) => f.key === 'persistenceNetPresentValue')).toMatchObject({
      base: 68525.24,
      scenario: 46632.99,
      change: -21892.25,
    });
    expect(figures.find((f) => f.key === 'businessCaseNetPresentValue')).toMatchObject({
      change: 0,
    });
    const bad = await post({ persistenceYearsChange: 1.5 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('persistenceYearsChange');
  });
});

describe('GET /returns: the persistence block', () => {
  it('reconciles to the penny with the business case when no metric has a profile', async () => {
    const { status, body } = await getJson(t.app, `/api/programmes/tiny/returns?${AS_OF}`);
    expect(status).toBe(200);
    const p = body.persistence;
    expect(p.metrics).toEqual([]);
    // finance.test.ts: NPV £23,818.58, PV benefit £34,650, all within the programme.
    expect(p.programme).toMatchObject({
      firstYearValue: 34650,
      withinProgramme: 34650,
      afterProgramme: 0,
      presentValue: 34650,
      netPresentValue: 23818.58,
      netPresentValueWithoutPersistence: 23818.58,
    });
    expect(p.programme.netPresentValue).toBe(body.programme.businessCase.netPresentValue);
    expect(p.programme.discountedReturnOnInvestment).toBe(
      body.programme.businessCase.discountedReturnOnInvestment,
    );
    expect(p.years.every((y: { afterProgramme: boolean }) => !y.afterProgramme)).toBe(true);
  });

  it('shows the value realised after the programme apart, with NPV and ROI, worked by hand', async () => {
    const { status, body } = await getJson(t.app, `/api/programmes/lasting/returns?${AS_OF}`);
    expect(status).toBe(200);
    const p = body.persistence;
    expect(p.lastProgrammeYear).toBe('2014-15');
    expect(p.metrics).toEqual([
      {
        metricId: 'incidents',
        name: 'Reported incidents',
        strandId: 'safety',
        profile: {
          lagYears: 1,
          persistenceYears: 3,
          dropOffRate: 0.2,
          source: 'Test: an evaluation of the service',
        },
        firstYearValue: 34650,
        withinProgramme: 34650,
        afterProgramme: 49896,
        presentValueWithoutPersistence: 34650,
        presentValue: 79356.66,
      },
    ]);
    expect(p.programme).toMatchObject({
      firstYearValue: 34650,
      withinProgramme: 34650,
      afterProgramme: 49896,
      presentValue: 79356.66,
      presentValueCost: 10831.42,
      netPresentValue: 68525.24,
      netPresentValueWithoutPersistence: 23818.58,
    });
    expect(p.programme.discountedReturnOnInvestment).toBeCloseTo(7.326525, 6);
    expect(
      p.years.map((y: any) => [y.financialYear, y.afterProgramme, y.benefitWithPersistence]),
    ).toEqual([
      ['2013-14', false, 0],
      ['2014-15', false, 34650],
      ['2015-16', true, 27720],
      ['2016-17', true, 22176],
    ]);
    // The business case itself is unchanged: the profile is shown beside it, not in it.
    expect(body.programme.businessCase.netPresentValue).toBe(23818.58);
  });

  it('the uncertainty model starts from the NPV with persistence', async () => {
    const res = await injectAs(
      t.app,
      { token: finance.token },
      { method: 'GET', url: `/api/programmes/lasting/uncertainty?${AS_OF}&draws=1000` },
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.netPresentValue).toBe(68525.24);
    expect(body.monteCarlo.central).toBe(68525.24);
  });
});

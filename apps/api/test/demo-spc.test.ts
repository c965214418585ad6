// The demonstration pack shows each kind of variation on purpose (data/programmes/west-cheshire
// README): as of 31 March 2017, a special cause of improvement, one of concern, and common cause.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPackDir, getJson, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let byId: Record<string, { variation: string | null; assurance: string | null }>;
beforeAll(async () => {
  t = await startTestApp([demoPackDir]);
  const { status, body } = await getJson(
    t.app,
    '/api/programmes/west-cheshire/metrics?asOf=2017-03-31',
  );
  expect(status).toBe(200);
  byId = Object.fromEntries(body.metrics.map((m: { id: string }) => [m.id, m]));
});
afterAll(async () => t.close());

describe('the demonstration pack as of 31 March 2017', () => {
  it.each([
    ['sc-perpetrator-arrests', 'special-cause-improvement'],
    ['aw-ae-attendances-65', 'special-cause-concern'],
    ['wr-neet-16-18', 'common-cause'],
  ])('%s shows %s', (metricId, variation) => {
    expect(byId[metricId]?.variation).toBe(variation);
  });
});

interface SeriesPeriod {
  periodStart: string;
  actual: number | null;
  forecast: number | null;
  actualImprovement: number | null;
  forecastImprovement: number | null;
}
const series = async (metricId: string) => {
  const { status, body } = await getJson(
    t.app,
    `/api/programmes/west-cheshire/metrics/${metricId}/series?asOf=2017-03-31`,
  );
  expect(status).toBe(200);
  return body;
};

describe('assurance against the current process (issue #14)', () => {
  it('spreads the 30 assurance icons: 2 pass, 11 fail, 17 hit and miss', () => {
    // Before, with limits fixed on pre-programme data: 18 fail, none pass.
    const counts: Record<string, number> = {};
    for (const m of Object.values(byId)) {
      const key = m.assurance ?? 'none';
      counts[key] = (counts[key] ?? 0) + 1;
    }
    expect(Object.values(byId)).toHaveLength(30);
    expect(counts).toEqual({
      'consistently-passes': 2,
      'consistently-fails': 11,
      'hit-and-miss': 17,
    });
  });

  it('no metric reads "consistently fails" while it met its forecast over the latest six periods', async () => {
    for (const [id, m] of Object.entries(byId)) {
      if (m.assurance !== 'consistently-fails') continue;
      const body = await series(id);
      const lastSix = (body.periods as SeriesPeriod[])
        .filter((p) => p.actualImprovement !== null && p.forecastImprovement !== null)
        .slice(-6);
      const actual = lastSix.reduce((s, p) => s + (p.actualImprovement ?? 0), 0);
      const forecast = lastSix.reduce((s, p) => s + (p.forecastImprovement ?? 0), 0);
      expect(forecast > 0 && actual / forecast >= 1, `${id}: ${actual} / ${forecast}`).toBe(false);
    }
  });

  it('charts the cumulative metric as per-quarter increments, with limits of some width', async () => {
    const body = await series('ft-families-with-results');
    expect(body.metric.cumulative).toBe(true);
    expect(body.spc.measure).toBe('increments');
    // Q4 2016-17: 525 − 525 = 0; Q3: 525 − 507 = 18; Q2: 507 − 490 = 17.
    expect(body.spc.points.slice(-3).map((p: { value: number }) => p.value)).toEqual([17, 18, 0]);
    expect(body.spc.upperLimit).toBeGreaterThan(body.spc.lowerLimit);
    // Its target is the forecast's increment: 525 − 525 = 0 in Q4 2016-17.
    expect(body.spc.target).toMatchObject({ periodStart: '2017-01-01', value: 0 });
  });

  it("fixes the yearly metric's trial limits on the three years before the programme", async () => {
    const body = await series('ies-language-delay-21-months');
    expect(body.spc.trial).toBe(true);
    expect(body.spc.groups[0]).toMatchObject({
      limitsFrom: '2010-04-01',
      limitsTo: '2012-04-01',
      baselinePoints: 3,
    });
    // 15.1 14.3 14.4: mean 14.6, AMR (0.8 + 0.1) / 2 = 0.45.
    expect(body.spc.mean).toBeCloseTo(14.6, 9);
    expect(body.spc.groups[0].averageMovingRange).toBeCloseTo(0.45, 9);
  });
});

describe('when the chart and the money disagree (issue #14)', () => {
  it("says how much of a concern metric's realised benefit comes from the assumed growth", async () => {
    const body = await series('aw-care-home-residents-65');
    expect(body.spc.variation).toBe('special-cause-concern');
    expect(body.spcAndMoneyDisagree).toBe(true);
    const split = body.benefitFromGrowth;
    expect(split.realisedBenefitToDate).toBe(body.realisedBenefitToDate);
    // The two parts are rounded separately, so they may differ from the total by a penny.
    expect(
      Math.abs(
        split.fromAssumedGrowth + split.fromChangeAgainstBaseline - split.realisedBenefitToDate,
      ),
    ).toBeLessThanOrEqual(0.01);
    expect(split.fromAssumedGrowth).toBeGreaterThan(0);
    expect(split.fromAssumedGrowth).toBeLessThan(split.realisedBenefitToDate);
    const board = byId['aw-care-home-residents-65'] as unknown as {
      spcMoneyDisagreement: { realisedBenefitToDate: number; fromAssumedGrowth: number } | null;
    };
    expect(board.spcMoneyDisagreement).toEqual({
      realisedBenefitToDate: split.realisedBenefitToDate,
      fromAssumedGrowth: split.fromAssumedGrowth,
    });
  });

  it('does not flag a concern metric whose realised benefit is negative', async () => {
    const body = await series('aw-ae-attendances-65');
    expect(body.spc.variation).toBe('special-cause-concern');
    expect(body.realisedBenefitToDate).toBeLessThan(0);
    expect(body.spcAndMoneyDisagree).toBe(false);
  });

  it('flags only that metric on the board', () => {
    const flagged = Object.entries(byId)
      .filter(([, m]) => (m as { spcMoneyDisagreement?: unknown }).spcMoneyDisagreement !== null)
      .map(([id]) => id);
    expect(flagged).toEqual(['aw-care-home-residents-65']);
  });
});

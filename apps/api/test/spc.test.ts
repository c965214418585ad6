// The series' XmR chart (spc), rebases and the board summary, on test/fixtures/spc: small enough
// to check by hand.
//
// "incidents" (monthly, lower is better) is methods.md §4.4's worked example: Apr 2013 .. Nov 2014
//   100 104 98 102 99 101 103 97 100 102 99 101 | 95 94 96 93 95 94 92 80
//   The programme's first financial year is 2014-15, so the 12 months before April 2014 fix the
//   limits: mean 1206 / 12 = 100.5; moving ranges sum to 37 over 11, AMR 3.3636 (none ≥ 10.989);
//   limits 100.5 ± 2.66 × 3.3636 = 109.447 / 91.553; 2-sigma 100.5 ± 1.7733 × 3.3636 = 106.465 / 94.535.
//   Forecast for Nov 2014 (the latest actual) is 95: between the limits → hit and miss.
// "referrals" (quarterly, higher is better): 10 12 11 13 12 from Q1 2014-15, none before the
//   programme → trial limits on all five: mean 11.6, AMR 1.5, limits 11.6 ± 3.99 = 15.59 / 7.61.
//   Forecast for the latest quarter is 16 > 15.59; higher is better → consistently fails.
// "visits" (yearly): one actual → no moving range, no chart (spc null).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, getJson, injectAs, startTestApp, type TestApp } from './helpers.js';

const spcPackDir = fileURLToPath(new URL('./fixtures/spc', import.meta.url));
const AS_OF = '2015-06-30';
const series = (metricId: string, asOf = AS_OF) =>
  getJson(t.app, `/api/programmes/spc/metrics/${metricId}/series?asOf=${asOf}`);

let t: TestApp;
let admin: { token: string };
beforeAll(async () => {
  t = await startTestApp([spcPackDir]);
  const user = await createTestUser(t.db, {
    email: 'admin@test.local',
    name: 'Ada Admin',
    programmeId: 'spc',
    roles: [{ role: 'admin' }],
  });
  admin = { token: user.token };
});
afterAll(async () => t.close());

const rebase = (body: Record<string, unknown>, metricId = 'incidents') =>
  injectAs(t.app, admin, {
    method: 'POST',
    url: `/api/programmes/spc/metrics/${metricId}/rebases`,
    payload: body,
  });

describe('GET .../series: spc', () => {
  it('reproduces the worked example: limits, every rule, the icons and the target', async () => {
    const { status, body } = await series('incidents');
    expect(status).toBe(200);
    const spc = body.spc;
    expect(spc.mean).toBeCloseTo(100.5, 10);
    expect(spc.upperLimit).toBeCloseTo(109.447, 3);
    expect(spc.lowerLimit).toBeCloseTo(91.553, 3);
    expect(spc.upperTwoSigma).toBeCloseTo(106.465, 3);
    expect(spc.lowerTwoSigma).toBeCloseTo(94.535, 3);
    expect(spc).toMatchObject({
      limitsFrom: '2013-04-01',
      limitsTo: '2014-03-01',
      trial: false,
      variation: 'special-cause-improvement',
      assurance: 'hit-and-miss',
      target: { periodStart: '2014-11-01', label: 'Nov 2014', value: 95 },
    });
    expect(spc.groups).toHaveLength(1);
    expect(spc.groups[0]).toMatchObject({
      from: '2013-04-01',
      to: '2014-11-01',
      baselinePoints: 12,
      trial: false,
      rebaseReason: null,
    });
    expect(spc.groups[0].averageMovingRange).toBeCloseTo(37 / 11, 12);
    // Points 13, 15, 17 shift; 14, 16, 18, 19 two-in-three (it outranks shift); 20 outside.
    expect(spc.points.map((p: { rule: string | null }) => p.rule)).toEqual([
      ...Array(12).fill(null),
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'two-in-three',
      'outside-limits',
    ]);
    // Below the mean (−1) × lower is better (−1) → improvement.
    expect(spc.points.map((p: { signal: string | null }) => p.signal)).toEqual([
      ...Array(12).fill(null),
      ...Array(8).fill('improvement'),
    ]);
    expect(spc.points[19]).toMatchObject({
      periodStart: '2014-11-01',
      label: 'Nov 2014',
      value: 80,
      group: 0,
    });
  });

  it('keeps the points aligned with the periods: the actuals to date, in the same order', async () => {
    const { body } = await series('incidents');
    const withActuals = body.periods.filter((p: { actual: number | null }) => p.actual !== null);
    expect(body.spc.points.map((p: { periodStart: string }) => p.periodStart)).toEqual(
      withActuals.map((p: { periodStart: string }) => p.periodStart),
    );
    expect(body.spc.points.map((p: { label: string }) => p.label)).toEqual(
      withActuals.map((p: { label: string }) => p.label),
    );
    expect(body.spc.points.map((p: { value: number }) => p.value)).toEqual(
      withActuals.map((p: { actual: number }) => p.actual),
    );
  });

  it('uses only the actuals to date: as of 30 May 2014 the chart ends at Apr 2014', async () => {
    // May 2014 has not ended on 30 May, so 13 points; Apr 2014 (95) is inside the 2-sigma lines
    // → common cause. Target: Apr 2014's forecast, 95.
    const { body } = await series('incidents', '2014-05-30');
    expect(body.spc.points).toHaveLength(13);
    expect(body.spc.mean).toBeCloseTo(100.5, 10);
    expect(body.spc).toMatchObject({
      variation: 'common-cause',
      assurance: 'hit-and-miss',
      target: { periodStart: '2014-04-01', value: 95 },
    });
  });

  it('gives trial limits on a short series, and assurance against the latest forecast', async () => {
    const { body } = await series('referrals');
    const spc = body.spc;
    expect(spc.trial).toBe(true);
    expect(spc.groups[0].baselinePoints).toBe(5);
    expect(spc.mean).toBeCloseTo(11.6, 10);
    expect(spc.upperLimit).toBeCloseTo(15.59, 10);
    expect(spc.lowerLimit).toBeCloseTo(7.61, 10);
    expect(spc.upperTwoSigma).toBeCloseTo(14.26, 10);
    expect(spc.lowerTwoSigma).toBeCloseTo(8.94, 10);
    expect(spc).toMatchObject({
      limitsFrom: '2014-04-01',
      limitsTo: '2015-04-01',
      variation: 'common-cause',
      assurance: 'consistently-fails',
      target: { periodStart: '2015-04-01', label: 'Q1 2015-16', value: 16 },
    });
    expect(spc.points.every((p: { rule: string | null }) => p.rule === null)).toBe(true);
  });

  it('is null with fewer than two actuals, and leaves the rest of the series as it was', async () => {
    const { status, body } = await series('visits');
    expect(status).toBe(200);
    expect(body.spc).toBeNull();
    expect(body.periods.map((p: { periodStart: string }) => p.periodStart)).toEqual([
      '2014-04-01',
      '2015-04-01',
    ]);
  });
});

describe('rebases', () => {
  it('recalculates the limits from the rebase and shows the break; a withdrawal undoes it', async () => {
    const res = await rebase({ periodStart: '2014-04-01', reason: '  New service  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      periodStart: '2014-04-01',
      label: 'Apr 2014',
      action: 'rebase',
      reason: 'New service',
      author: { name: 'Ada Admin' },
    });

    // Group 1: 95 94 96 93 95 94 92 80, fewer than 12 → trial on all 8. Mean 739 / 8 = 92.375.
    // Ranges 1 2 3 2 1 2 12 (sum 23, AMR 3.2857); 12 ≥ 3.267 × 3.2857 = 10.73 is screened out:
    // AMR = 11 / 6 = 1.8333. Limits 92.375 ± 2.66 × 1.8333 = 92.375 ± 4.8767 → 97.252 / 87.498.
    // Only Nov 2014 (80 < 87.498) is flagged: outside the limits, below → improvement.
    // 95 is between the limits → hit and miss.
    const { body } = await series('incidents');
    const spc = body.spc;
    expect(spc.groups).toHaveLength(2);
    expect(spc.groups[0]).toMatchObject({ from: '2013-04-01', to: '2014-03-01', trial: false });
    expect(spc.groups[0].mean).toBeCloseTo(100.5, 10);
    expect(spc.groups[1]).toMatchObject({
      from: '2014-04-01',
      to: '2014-11-01',
      limitsFrom: '2014-04-01',
      limitsTo: '2014-11-01',
      baselinePoints: 8,
      trial: true,
      rebaseReason: 'New service',
    });
    expect(spc.groups[1].averageMovingRange).toBeCloseTo(11 / 6, 12);
    expect(spc.mean).toBeCloseTo(92.375, 10);
    expect(spc.upperLimit).toBeCloseTo(97.2517, 3);
    expect(spc.lowerLimit).toBeCloseTo(87.4983, 3);
    expect(spc).toMatchObject({
      limitsFrom: '2014-04-01',
      trial: true,
      variation: 'special-cause-improvement',
      assurance: 'hit-and-miss',
    });
    expect(spc.points.map((p: { rule: string | null }) => p.rule)).toEqual([
      ...Array(19).fill(null),
      'outside-limits',
    ]);
    expect(spc.points.map((p: { group: number }) => p.group)).toEqual([
      ...Array(12).fill(0),
      ...Array(8).fill(1),
    ]);
    expect(spc.points[11].upperLimit).toBeCloseTo(109.447, 3);
    expect(spc.points[12].upperLimit).toBeCloseTo(97.2517, 3);

    const listed = await getJson(t.app, '/api/programmes/spc/metrics/incidents/rebases');
    expect(listed.body.standing.map((r: { periodStart: string }) => r.periodStart)).toEqual([
      '2014-04-01',
    ]);

    const withdrawn = await rebase({
      periodStart: '2014-04-01',
      reason: 'Recorded in error',
      action: 'withdraw',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    const after = await series('incidents');
    expect(after.body.spc.groups).toHaveLength(1);
    expect(after.body.spc.mean).toBeCloseTo(100.5, 10);
    const history = await getJson(t.app, '/api/programmes/spc/metrics/incidents/rebases');
    expect(history.body.standing).toEqual([]);
    expect(history.body.history.map((r: { action: string }) => r.action)).toEqual([
      'rebase',
      'withdraw',
    ]);
  });

  it('refuses a second rebase at a period and a withdrawal where none stands (409)', async () => {
    expect((await rebase({ periodStart: '2014-07-01', reason: 'A' })).statusCode).toBe(201);
    const again = await rebase({ periodStart: '2014-07-01', reason: 'B' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'conflict' });
    expect(again.json().error.message).toMatch(/already recorded at 2014-07-01/);
    const none = await rebase({ periodStart: '2014-08-01', reason: 'C', action: 'withdraw' });
    expect(none.statusCode).toBe(409);
    await rebase({ periodStart: '2014-07-01', reason: 'Tidy up', action: 'withdraw' });
  });

  it('answers 400 naming the field for a bad period or reason, and 404 for an unknown metric', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ periodStart: '2014-04-15', reason: 'x' }, 'periodStart', /first day of a month/],
      [{ periodStart: '2099-01-01', reason: 'x' }, 'periodStart', /has not ended yet/],
      [{ periodStart: '2014-02-30', reason: 'x' }, 'periodStart', /not a real calendar date/],
      [{ periodStart: '2014-04-01', reason: '   ' }, 'reason', /must give the reason/],
      [{ periodStart: '2014-04-01', reason: 'x'.repeat(501) }, 'reason', /500/],
      [{ periodStart: '2014-04-01', reason: 'x', action: 'delete' }, 'action', /./],
    ];
    for (const [payload, field, message] of cases) {
      const res = await rebase(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('bad_request');
      expect(error.message).toContain(`"${field}"`);
      expect(error.message).toMatch(message);
    }
    const quarterly = await rebase({ periodStart: '2014-05-01', reason: 'x' }, 'referrals');
    expect(quarterly.statusCode).toBe(400);
    expect(quarterly.json().error.message).toMatch(/first day of a quarter/);
    const unknown = await rebase({ periodStart: '2014-04-01', reason: 'x' }, 'nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('No metric with id "nope".');
    const listUnknown = await getJson(t.app, '/api/programmes/spc/metrics/nope/rebases');
    expect(listUnknown.status).toBe(404);
  });
});

describe('GET /api/programmes/:id/metrics (the board summary)', () => {
  it('lists every metric with its latest value, forecast, variation and assurance', async () => {
    const { status, body } = await getJson(t.app, `/api/programmes/spc/metrics?asOf=${AS_OF}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ programmeId: 'spc', asOf: AS_OF, strandId: null });
    expect(body.metrics).toEqual([
      {
        id: 'incidents',
        name: 'Incidents',
        strandId: 'safety',
        strandName: 'Safer Streets',
        outcomeName: 'People are safer',
        unit: 'incidents',
        frequency: 'month',
        polarity: 'lower',
        rag: 'green',
        // Forecast improvement 100 − 95 = 5 a month over Apr–Nov 2014 (40); actual 5+6+4+7+5+6+8+20
        // = 61 → 61 / 40 = 1.525.
        achievement: 1.525,
        latestActual: { periodStart: '2014-11-01', label: 'Nov 2014', value: 80 },
        forecast: 95,
        variation: 'special-cause-improvement',
        assurance: 'hit-and-miss',
        trialLimits: false,
        // Points 13–20 (from Apr 2014) are a sustained shift below the mean.
        recalculateLimitsFrom: { periodStart: '2014-04-01', label: 'Apr 2014' },
        spcMoneyDisagreement: null,
        latestCommentary: null,
      },
      expect.objectContaining({
        id: 'referrals',
        latestActual: { periodStart: '2015-04-01', label: 'Q1 2015-16', value: 12 },
        forecast: 16,
        variation: 'common-cause',
        assurance: 'consistently-fails',
        trialLimits: true,
        recalculateLimitsFrom: null,
        spcMoneyDisagreement: null,
      }),
      expect.objectContaining({
        id: 'visits',
        forecast: 55,
        variation: null,
        assurance: null,
        trialLimits: null,
        recalculateLimitsFrom: null,
        spcMoneyDisagreement: null,
      }),
    ]);
  });

  it('filters to one strand, and answers 404 for an unknown strand or programme', async () => {
    const care = await getJson(t.app, `/api/programmes/spc/metrics?asOf=${AS_OF}&strandId=care`);
    expect(care.body.strandId).toBe('care');
    expect(care.body.metrics.map((m: { id: string }) => m.id)).toEqual(['referrals', 'visits']);
    const unknown = await getJson(t.app, '/api/programmes/spc/metrics?strandId=nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No strand with id "nope".');
    const badDate = await getJson(t.app, '/api/programmes/spc/metrics?asOf=2015-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.message).toContain('"asOf"');
  });

  it('needs a signed-in member of the programme', async () => {
    expect((await getJson(t.app, '/api/programmes/spc/metrics', null)).status).toBe(401);
    expect(
      (await getJson(t.app, '/api/programmes/spc/metrics/incidents/series', null)).status,
    ).toBe(401);
  });
});

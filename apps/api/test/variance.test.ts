// The variance bridge and the board narrative on the tiny pack (working in summary.test.ts):
// "incidents" is worth £495 a unit (0.5 × £1,100 × 0.9); baseline 100 a quarter.
//
// As of 2014-01-31 (Q4 2013-14 has not ended):
//   Q1 F 10 A 5; Q2 F 20 A 15 (comparable); Q3 F 20, no return (missing)
//   forecast of all ended periods (10 + 20 + 20) × 495 = 24,750
//   missing returns −20 × 495 = −9,900
//   volume ((5 − 10) + (15 − 20)) × 495 = −10 × 495 = −4,950
//   realised (5 + 15) × 495 = 9,900;  24,750 − 9,900 − 4,950 = 9,900 ✓
//   forecast to date (comparable) 30 × 495 = 14,850; gap 9,900 − 14,850 = −4,950
// "in-work" has no unit cost: Apr and May 2013 comparable (F 2 + 2, A 1 + 3): units only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
});
afterAll(async () => t.close());

describe('GET /api/programmes/:id/variance', () => {
  it('bridges the programme from forecast to realised, by strand', async () => {
    const { status, body } = await getJson(t.app, '/api/programmes/tiny/variance?asOf=2014-01-31');
    expect(status).toBe(200);
    expect(body.money).toEqual({
      forecastAllEnded: 24750,
      missingReturns: -9900,
      volume: -4950,
      unitCost: 0,
      realised: 9900,
      forecastComparable: 14850,
      gap: -4950,
    });
    expect(body.missingReturnCount).toBe(1);
    // Into Work has no monetised metric: no volume bar of its own.
    expect(
      body.bars.map((b: { key: string; value: number; from: number; to: number }) => [
        b.key,
        b.value,
        b.from,
        b.to,
      ]),
    ).toEqual([
      ['forecast-all-ended', 24750, 0, 24750],
      ['missing-returns', -9900, 24750, 14850],
      ['volume-safety', -4950, 14850, 9900],
      ['unit-cost', 0, 9900, 9900],
      ['realised', 9900, 0, 9900],
    ]);
    expect(body.rows.map((r: { id: string; monetised: boolean }) => [r.id, r.monetised])).toEqual([
      ['safety', true],
      ['jobs', false],
    ]);
    expect(body.unitCostNote).toMatch(/single value/);
  });

  it('meets the summary headline exactly', async () => {
    const [variance, summary] = await Promise.all([
      getJson(t.app, '/api/programmes/tiny/variance?asOf=2014-01-31'),
      getJson(t.app, '/api/programmes/tiny/summary?asOf=2014-01-31'),
    ]);
    expect(variance.body.money.realised).toBe(summary.body.totals.realisedBenefitToDate);
    expect(variance.body.money.forecastComparable).toBe(summary.body.totals.forecastBenefitToDate);
  });

  it('bridges one strand by metric, with units', async () => {
    const { body } = await getJson(
      t.app,
      '/api/programmes/tiny/variance?asOf=2014-01-31&strandId=jobs',
    );
    expect(body.strandId).toBe('jobs');
    expect(body.rows).toEqual([
      {
        id: 'in-work',
        name: 'People into work',
        unit: 'people',
        monetised: false,
        money: {
          forecastAllEnded: 0,
          missingReturns: 0,
          volume: 0,
          unitCost: 0,
          realised: 0,
          forecastComparable: 0,
          gap: 0,
        },
        // Apr F 2 A 1, May F 2 A 3: volume (1 − 2) + (3 − 2) = 0.
        units: {
          forecastAllEnded: 4,
          missingReturns: 0,
          volume: 0,
          actual: 4,
          forecastComparable: 4,
        },
        missingReturnCount: 0,
      },
    ]);
    const safety = await getJson(
      t.app,
      '/api/programmes/tiny/variance?asOf=2014-01-31&strandId=safety',
    );
    expect(safety.body.rows[0].units).toEqual({
      forecastAllEnded: 50,
      missingReturns: -20,
      volume: -10,
      actual: 20,
      forecastComparable: 30,
    });
  });

  it('is a 404 for an unknown strand and a 400 for a bad date', async () => {
    expect(
      (await getJson(t.app, '/api/programmes/tiny/variance?strandId=nope&asOf=2014-01-31')).status,
    ).toBe(404);
    expect((await getJson(t.app, '/api/programmes/tiny/variance?asOf=62015-01-01')).status).toBe(
      400,
    );
  });
});

describe('GET /api/programmes/:id/board-narrative', () => {
  // Now 2014-04-30: Q4 (F 20, A 30) has ended too: F 50, A 50 → realised = forecast = 24,750,
  // achievement 1 (green). Then 2014-01-31: 9,900 against 14,850 = 0.667 (red). So the
  // programme, Safer Streets and "Reported incidents" each went red → green, and realised benefit
  // rose by 24,750 − 9,900 = 14,850. Missing returns: incidents Q3 (F 20 × 495 = 9,900) and
  // in-work Apr 2014 (ended, forecast, no figure; no money): 2, worth £9,900. Overdue at 2014-04-30 (returns-due, whole horizon):
  // incidents Q3 2013-14; in-work Jun 2013 to Apr 2014 (11 months) → 12.
  it('says what moved since the previous meeting, from the figures', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/board-narrative?asOf=2014-04-30&since=2014-01-31',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({
      asOf: '2014-04-30',
      since: '2014-01-31',
      realisedBenefitThen: 9900,
      realisedBenefitNow: 24750,
      realisedChange: 14850,
      gapNow: 0,
      overdueReturns: 12,
      largestStrandGaps: [],
      largestMetricGaps: [],
    });
    expect(
      body.ragChanges.map((c: { kind: string; id: string; before: string; after: string }) => [
        c.kind,
        c.id,
        c.before,
        c.after,
      ]),
    ).toEqual([
      ['programme', 'tiny', 'red', 'green'],
      ['strand', 'safety', 'red', 'green'],
      ['metric', 'incidents', 'red', 'green'],
    ]);
    expect(body.sentences).toEqual([
      'Realised benefit to date is £25k against a forecast of £25k for the periods with a return: on forecast (100% achieved).',
      'Since the previous meeting on 31 January 2014, realised benefit to date has risen by £15k, from £9.9k.',
      'A further £9.9k of forecast benefit is in periods that have ended with no figure returned (2 missing returns): it is neither counted as achieved nor as lost.',
      '3 RAG ratings changed since the previous meeting: Tiny Programme from red to green; Safer Streets from red to green; Reported incidents from red to green.',
      'No strand or metric is behind its forecast benefit to date.',
      '12 returns are overdue; the annex lists every one.',
    ]);
  });

  it('names the largest gaps when behind, and refuses a previous meeting after the meeting', async () => {
    const { body } = await getJson(
      t.app,
      '/api/programmes/tiny/board-narrative?asOf=2014-01-31&since=2013-11-30',
    );
    expect(body.largestStrandGaps).toEqual([
      {
        kind: 'strand',
        id: 'safety',
        name: 'Safer Streets',
        gap: -4950,
        forecastBenefitToDate: 14850,
        realisedBenefitToDate: 9900,
      },
    ]);
    expect(body.sentences[4]).toBe(
      'The strands furthest behind forecast are Safer Streets (£5k); the metrics furthest behind are Reported incidents (£5k).',
    );
    const bad = await getJson(
      t.app,
      '/api/programmes/tiny/board-narrative?asOf=2014-01-31&since=2014-02-01',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'The previous meeting must be on or before the meeting date.',
    );
  });
});

// The read API on a pack small enough to compute by hand (test/fixtures/tiny).
//
// Shared working for the monetised metric "incidents" (quarterly flow, lower is better):
//   unit cost £1,000 priced 2012-13; deflator 2012-13 = 100, 2013-14 (base) = 110 → factor 1.1
//   uprated = £1,100; grade 3 → optimism bias 0.10; attribution 0.5; flow → period factor 1
//   value per unit = 0.5 × 1,100 × 0.9 × 1 = £495
//   baseline 100, growth 0 → counterfactual 100 in every quarter
//   Q1 2013-14: forecast 90 → F = 10; actual 95 → A = 5
//   Q2 2013-14: forecast 80 → F = 20; actual 85 → A = 15
//   Q3 2013-14: forecast 80 → F = 20; no actual → a missing return once it has ended
//   Q4 2013-14: forecast 80 → F = 20; actual 70 → A = 30, but only visible once Q4 ends (31 Mar 2014)
// The unmonetised metric "in-work" (monthly, higher is better): baseline 10, growth 0.1
//   Apr 2013 (k = 0): cf 10, forecast 12 → F = 2, actual 11 → A = 1
//   May 2013: cf 10, forecast 12 → F = 2, actual 13 → A = 3     → achievement (1+3)/(2+2) = 1
//   Mar 2013 (k = −1): cf = 10 / 1.1 = 9.0909…, actual 10 → A = 0.9090…, no forecast
//   Apr 2014 (k = 1): cf 11, forecast 15 → F = 4
import { createDb, migrateToLatest } from '@outcomes/db';
import { createTestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { allRoutes, getJson, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
});
afterAll(async () => t.close());

describe('GET /api/health and /api/programmes', () => {
  it('answers ok', async () => {
    expect(await getJson(t.app, '/api/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready while the store answers, and unavailable (503) once it does not', async () => {
    expect(await getJson(t.app, '/api/health/ready', null)).toEqual({
      status: 200,
      body: { status: 'ok' },
    });
    // A second app on a store whose connections are closed: what a load balancer must see when a
    // server has lost its database.
    const store = await createTestDatabase();
    const db = createDb(store.location);
    await migrateToLatest(db);
    const app = await buildApp({ db, auth: { cookieSecure: false } });
    await db.destroy();
    try {
      expect(await getJson(app, '/api/health/ready', null)).toEqual({
        status: 503,
        body: { status: 'unavailable' },
      });
      expect((await getJson(app, '/api/health', null)).status).toBe(200);
    } finally {
      await app.close();
      await store.drop();
    }
  });

  it('lists the loaded programmes', async () => {
    const { status, body } = await getJson(t.app, '/api/programmes');
    expect(status).toBe(200);
    expect(body).toEqual([
      { id: 'tiny', name: 'Tiny Programme', place: 'Testshire', illustrative: false },
    ]);
  });

  it('gives a programme with its partners, outcomes and strands', async () => {
    const { status, body } = await getJson(t.app, '/api/programmes/tiny');
    expect(status).toBe(200);
    expect(body.firstFinancialYear).toBe('2013-14');
    expect(body.optimismBias).toEqual({
      '1': 0,
      '2': 0.05,
      '3': 0.1,
      '4': 0.15,
      '5': 0.25,
      '6': 0.4,
    });
    expect(body.partners.map((p: { id: string }) => p.id).sort()).toEqual(['council', 'police']);
    expect(body.strands).toHaveLength(2);
  });
});

describe('GET /api/programmes/:id/summary', () => {
  it('as of 31 January 2014: Q1 and Q2 compare, Q3 is missing, Q4 has not ended', async () => {
    const { status, body } = await getJson(t.app, '/api/programmes/tiny/summary?asOf=2014-01-31');
    expect(status).toBe(200);
    expect(body.asOf).toBe('2014-01-31');
    expect(body.totals).toEqual({
      forecastBenefitToDate: 14850, // (10 + 20) × 495
      realisedBenefitToDate: 9900, // (5 + 15) × 495
      realisedCashableToDate: 4950, // 9,900 × 0.5
      forecastBenefitWholeCase: 34650, // (10 + 20 + 20 + 20) × 495
      // 2013-14 is running: 306 of its 365 days have ended (1 Apr 2013 – 31 Jan 2014), so its
      // costs count 306/365: (police 4,000 + council 1,200.25 actuals) × 306/365 = 4,359.661644.
      costToDate: 4359.66,
      netBenefitToDate: 5540.34, // 9,900 − 4,359.661644 = 5,540.338356
      achievement: 9900 / 14850, // 0.666… (unrounded)
      rag: 'red', // 0.67 < amber 0.80
      missingReturns: 1, // Q3 2013-14
    });
    const safety = body.strands.find((s: { id: string }) => s.id === 'safety');
    expect(safety).toMatchObject({
      rag: 'red',
      forecastBenefitToDate: 14850,
      realisedBenefitToDate: 9900,
    });
    expect(safety.metricRag).toEqual({ green: 0, amber: 0, red: 1, 'no-data': 0, 'no-target': 0 });
    // A strand with no monetised metric takes the mean of its metrics' achievements: 1 → green.
    const jobs = body.strands.find((s: { id: string }) => s.id === 'jobs');
    expect(jobs).toMatchObject({
      rag: 'green',
      achievement: 1,
      forecastBenefitToDate: 0,
      costToDate: 1006.24, // 1,200.25 × 306/365 = 1,006.236986
    });
  });

  it('as of 30 April 2014: Q4 is visible, 2013-14 costs count whole and 2014-15’s by its days', async () => {
    const { body } = await getJson(t.app, '/api/programmes/tiny/summary?asOf=2014-04-30');
    expect(body.totals).toMatchObject({
      forecastBenefitToDate: 24750, // (10 + 20 + 20) × 495
      realisedBenefitToDate: 24750, // (5 + 15 + 30) × 495
      realisedCashableToDate: 12375, // 24,750 × 0.5
      // 2013-14 whole: 4,000 + 1,200.25; 2014-15: 30 of 365 days of the police's £5,000
      // forecast (no actual yet) = 410.958904: 5,611.208904.
      costToDate: 5611.21,
      netBenefitToDate: 19138.79, // 24,750 − 5,611.208904 = 19,138.791096
      achievement: 1, // 50 / 50
      rag: 'green',
      // Q3 2013-14 of incidents, and Apr 2014 of in-work: it ends on 30 Apr 2014, has a forecast
      // (15) and no actual.
      missingReturns: 2,
    });
  });

  it('gives cumulative benefit by quarter over comparable periods', async () => {
    const { body } = await getJson(t.app, '/api/programmes/tiny/summary?asOf=2014-04-30');
    expect(body.cumulativeByQuarter).toEqual([
      {
        periodStart: '2013-04-01',
        label: 'Q1 2013-14',
        cumulativeForecastBenefit: 4950,
        cumulativeRealisedBenefit: 2475,
      },
      {
        periodStart: '2013-07-01',
        label: 'Q2 2013-14',
        cumulativeForecastBenefit: 14850,
        cumulativeRealisedBenefit: 9900,
      },
      {
        periodStart: '2014-01-01',
        label: 'Q4 2013-14',
        cumulativeForecastBenefit: 24750,
        cumulativeRealisedBenefit: 24750,
      },
    ]);
  });

  it('keeps strand rows summing to the programme totals', async () => {
    const { body } = await getJson(t.app, '/api/programmes/tiny/summary?asOf=2014-04-30');
    const sum = (key: string) =>
      body.strands.reduce((acc: number, s: Record<string, number>) => acc + s[key]!, 0);
    expect(sum('forecastBenefitToDate')).toBeCloseTo(body.totals.forecastBenefitToDate, 2);
    expect(sum('realisedBenefitToDate')).toBeCloseTo(body.totals.realisedBenefitToDate, 2);
    expect(sum('costToDate')).toBeCloseTo(body.totals.costToDate, 2);
  });
});

describe('GET /api/programmes/:id/strands/:strandId', () => {
  it('gives the strand, its summary row and its metrics with their latest actual', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/strands/safety?asOf=2014-01-31',
    );
    expect(status).toBe(200);
    expect(body.strand).toEqual({
      id: 'safety',
      name: 'Safer Streets',
      sponsorPartnerId: 'police',
      description: 'Fewer incidents',
    });
    expect(body.summary.rag).toBe('red');
    expect(body.metrics).toHaveLength(1);
    expect(body.metrics[0]).toMatchObject({
      id: 'incidents',
      rag: 'red',
      achievement: 20 / 30,
      forecastBenefitToDate: 14850,
      realisedBenefitToDate: 9900,
      missingReturns: 1,
      latestActual: { periodStart: '2013-07-01', label: 'Q2 2013-14', value: 85 },
    });
  });
});

describe('GET /api/programmes/:id/metrics/:metricId/series', () => {
  it('lists every forecast period and every actual period to date, ascending', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/metrics/incidents/series?asOf=2014-01-31',
    );
    expect(status).toBe(200);
    expect(body.periods).toEqual([
      {
        periodStart: '2013-04-01',
        label: 'Q1 2013-14',
        counterfactual: 100,
        // No comparison series in the tiny pack: every counterfactual is grown.
        counterfactualFrom: 'growth',
        comparator: null,
        forecast: 90,
        actual: 95,
        forecastImprovement: 10,
        actualImprovement: 5,
        forecastBenefit: 4950,
        realisedBenefit: 2475,
        missingReturn: false,
      },
      {
        periodStart: '2013-07-01',
        label: 'Q2 2013-14',
        counterfactual: 100,
        counterfactualFrom: 'growth',
        comparator: null,
        forecast: 80,
        actual: 85,
        forecastImprovement: 20,
        actualImprovement: 15,
        forecastBenefit: 9900,
        realisedBenefit: 7425,
        missingReturn: false,
      },
      {
        periodStart: '2013-10-01',
        label: 'Q3 2013-14',
        counterfactual: 100,
        counterfactualFrom: 'growth',
        comparator: null,
        forecast: 80,
        actual: null,
        forecastImprovement: 20,
        actualImprovement: null,
        forecastBenefit: 9900,
        realisedBenefit: null,
        missingReturn: true,
      },
      // Q4 has not ended on 31 Jan 2014: its actual (70) is invisible, so it is no missing return either.
      {
        periodStart: '2014-01-01',
        label: 'Q4 2013-14',
        counterfactual: 100,
        counterfactualFrom: 'growth',
        comparator: null,
        forecast: 80,
        actual: null,
        forecastImprovement: 20,
        actualImprovement: null,
        forecastBenefit: 9900,
        realisedBenefit: null,
        missingReturn: false,
      },
    ]);
  });

  it('compounds growth per financial year, backwards before the first year', async () => {
    const { body } = await getJson(
      t.app,
      '/api/programmes/tiny/metrics/in-work/series?asOf=2014-05-31',
    );
    const byStart = Object.fromEntries(
      body.periods.map((p: { periodStart: string }) => [p.periodStart, p]),
    );
    expect(byStart['2013-03-01'].counterfactual).toBeCloseTo(10 / 1.1, 10); // 9.0909…
    expect(byStart['2013-03-01'].actualImprovement).toBeCloseTo(10 - 10 / 1.1, 10); // 0.9090…
    expect(byStart['2013-03-01'].forecast).toBeNull();
    expect(byStart['2014-04-01']).toMatchObject({
      counterfactual: 11,
      forecast: 15,
      forecastImprovement: 4,
    });
    expect(byStart['2014-04-01'].forecastImprovement).toBeCloseTo(4, 10); // 15 − 10 × 1.1
    expect(body).toMatchObject({ rag: 'green', achievement: 1, forecastBenefitToDate: 0 });
    // Not monetised: benefits do not apply.
    expect(byStart['2013-04-01'].forecastBenefit).toBeNull();
  });
});

describe('bad requests', () => {
  it.each([
    ['/api/programmes/nope', 'programme'],
    ['/api/programmes/nope/summary', 'programme'],
    ['/api/programmes/tiny/strands/nope', 'strand'],
    ['/api/programmes/tiny/metrics/nope/series', 'metric'],
    ["/api/programmes/tiny'%20OR%201=1--/summary", 'programme'],
  ])('%s is a 404 naming the %s', async (url, what) => {
    const { status, body } = await getJson(t.app, url);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain(what);
  });

  it.each(['2014-13-01', '2014-02-30', 'yesterday', '31/01/2014', ''])(
    'asOf=%s is a 400 naming asOf',
    async (asOf) => {
      const { status, body } = await getJson(t.app, `/api/programmes/tiny/summary?asOf=${asOf}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe('bad_request');
      expect(body.error.message).toContain('asOf');
    },
  );

  it('an unknown API route is a JSON 404', async () => {
    const { status, body } = await getJson(t.app, '/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('OpenAPI', () => {
  it('documents every route of the API, with its methods', async () => {
    const { status, body } = await getJson(t.app, '/api/docs/json');
    expect(status).toBe(200);
    const documented = new Set(
      Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    // Every route the app answers, read from Fastify's own route tree (the documentation's own
    // routes and the web app's files aside), with :name written as OpenAPI's {name}.
    const routes = allRoutes(t.app.printRoutes({ commonPrefix: false }))
      .filter((r) => r.path.startsWith('/api/') && !r.path.startsWith('/api/docs'))
      .flatMap((r) => r.methods.map((m) => `${m} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`));
    expect(routes.length).toBeGreaterThan(60);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });
});

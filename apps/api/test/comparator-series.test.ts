// A comparison series as the counterfactual (issue 18) through the API, on the demonstration
// programme: West Cheshire CCG's emergency admissions of people aged 65 and over take their
// counterfactual from an illustrative national index (comparators.csv, 2012-13 = 100), every other
// metric from growth as before. Figures worked by hand from the pack's files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPackDir, getJson, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp([demoPackDir]);
});
afterAll(async () => {
  await t.close();
});

const SERIES =
  '/api/programmes/west-cheshire/metrics/aw-emergency-admissions-65-west-cheshire/series';

describe('a metric whose counterfactual is a comparison series', () => {
  it('names the series and its source, with the level it is scaled by', async () => {
    const { status, body } = await getJson(t.app, `${SERIES}?asOf=2017-03-31`);
    expect(status).toBe(200);
    // The index's twelve values of 2012-13 (the baseline's measurement window) average 100:
    // (96.5 + 95.4 + 94.1 + 97.5 + 95.6 + 95.2 + 101.4 + 104.2 + 110 + 106.8 + 99.8 + 103.5) / 12.
    expect(body.metric.comparator).toEqual({
      name: 'England: emergency admissions of people aged 65 and over (index, 2012-13 = 100)',
      source:
        'NHS Digital, Hospital Episode Statistics: emergency admissions of people aged 65 and over, England (figures illustrative, indexed)',
      baseLevel: expect.closeTo(100, 9),
    });
  });

  it('gives each period the series value and the counterfactual scaled from it, else growth', async () => {
    const { body } = await getJson(t.app, `${SERIES}?asOf=2017-03-31`);
    const byStart = new Map(
      (body.periods as { periodStart: string }[]).map((p) => [p.periodStart, p]),
    );
    // Dec 2014: baseline 1,163 × 115.2 / 100 = 1,339.776 (growth would have said 1,163 × 1.035).
    expect(byStart.get('2014-12-01')).toMatchObject({
      counterfactualFrom: 'comparator',
      comparator: 115.2,
      counterfactual: expect.closeTo(1339.776, 9),
    });
    // Mar 2017, the series' last month: 1,163 × 113.1 / 100 = 1,315.353.
    expect(byStart.get('2017-03-01')).toMatchObject({
      counterfactualFrom: 'comparator',
      comparator: 113.1,
      counterfactual: expect.closeTo(1315.353, 9),
    });
    // Apr 2017 is past the series: growth, 1,163 × 1.035^4 (k = 4 in 2017-18).
    expect(byStart.get('2017-04-01')).toMatchObject({
      counterfactualFrom: 'growth',
      comparator: null,
      counterfactual: expect.closeTo(1163 * 1.035 ** 4, 9),
    });
  });

  it('leaves every other metric on growth, with no comparator', async () => {
    const { body } = await getJson(
      t.app,
      '/api/programmes/west-cheshire/metrics/aw-emergency-admissions-65-vale-royal/series?asOf=2017-03-31',
    );
    expect(body.metric.comparator).toBeNull();
    expect(
      (body.periods as { counterfactualFrom: string; comparator: number | null }[]).every(
        (p) => p.counterfactualFrom === 'growth' && p.comparator === null,
      ),
    ).toBe(true);
  });
});

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

// Every date a request carries is checked against one schema (the contract's isoDateSchema:
// a real calendar date from 2000-01-01 to 2099-12-31) before any work starts, and a refusal is a
// 400 naming the parameter in words. The GET routes are read from the OpenAPI document, so a new
// route with a date parameter is covered without editing this file.
import { EARLIEST_ACCEPTED_DATE, LATEST_ACCEPTED_DATE } from '@outcomes/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, injectAs, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const DATE_PARAMETERS = new Set(['asOf', 'since', 'from', 'to', 'quarter', 'periodStart']);
/** A value for each path parameter that names something in the tiny pack. */
const PATH_VALUES: Record<string, string> = {
  programmeId: 'tiny',
  strandId: 'safety',
  metricId: 'incidents',
  partnerId: 'police',
  submissionId: '1',
  periodStart: '2014-01-01',
};

interface DateParameter {
  /** The route with its other path parameters filled in. */
  path: string;
  name: string;
  in: 'query' | 'path';
}

let t: TestApp;
let admin: { token: string };
let dateParameters: DateParameter[] = [];

beforeAll(async () => {
  // No browser at this path: a PDF request that got past validation would answer 503.
  process.env['CHROMIUM_PATH'] = '/nonexistent/chromium-for-date-tests';
  t = await startTestApp([tinyPackDir]);
  admin = await createTestUser(t.db, {
    email: 'dates@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'admin' }, { role: 'finance' }, { role: 'board' }],
  });
  const docs = await injectAs(
    t.app,
    { token: admin.token },
    { method: 'GET', url: '/api/docs/json' },
  );
  const paths = (
    docs.json() as {
      paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }>;
    }
  ).paths;
  dateParameters = Object.entries(paths).flatMap(([path, ops]) =>
    (ops.get?.parameters ?? [])
      .filter((p) => DATE_PARAMETERS.has(p.name) && (p.in === 'query' || p.in === 'path'))
      .map((p) => ({ path, name: p.name, in: p.in as 'query' | 'path' })),
  );
});
afterAll(async () => {
  delete process.env['CHROMIUM_PATH'];
  await t.close();
});

function urlWith(parameter: DateParameter, date: string): string {
  const path = parameter.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    name === parameter.name && parameter.in === 'path' ? date : (PATH_VALUES[name] ?? 'x'),
  );
  return parameter.in === 'query' ? `${path}?${parameter.name}=${encodeURIComponent(date)}` : path;
}

const get = (url: string) => injectAs(t.app, { token: admin.token }, { method: 'GET', url });

describe('the accepted date range', () => {
  it('finds the date parameters of every GET route (asOf, since, from, to, quarter, periodStart)', () => {
    const names = new Set(dateParameters.map((p) => p.name));
    expect([...names].sort()).toEqual(['asOf', 'from', 'periodStart', 'quarter', 'since', 'to']);
    expect(dateParameters.length).toBeGreaterThanOrEqual(16);
  });

  it.each([
    ['0001-01-01', 'must be a date from 2000-01-01 to 2099-12-31'],
    ['1999-12-31', 'must be a date from 2000-01-01 to 2099-12-31'],
    ['2100-01-01', 'must be a date from 2000-01-01 to 2099-12-31'],
    ['9999-12-31', 'must be a date from 2000-01-01 to 2099-12-31'],
    ['2023-02-29', 'is not a real calendar date'],
    ['2024-1-1', 'must be a date written YYYY-MM-DD'],
  ])('refuses %s on every route with a 400 naming the parameter', async (date, words) => {
    for (const parameter of dateParameters) {
      const res = await get(urlWith(parameter, date));
      const where = `${parameter.path} ${parameter.name}`;
      expect(res.statusCode, where).toBe(400);
      const error = res.json().error;
      expect(error.code, where).toBe('bad_request');
      expect(error.message, where).toContain(`parameter "${parameter.name}" ${words}`);
    }
  });

  it.each([EARLIEST_ACCEPTED_DATE, LATEST_ACCEPTED_DATE])(
    'accepts %s, the edge of the range, on every route',
    async (date) => {
      for (const parameter of dateParameters) {
        const res = await get(urlWith(parameter, date));
        const where = `${parameter.path} ${parameter.name}`;
        // Not a date refusal (a revision's period start may still not start a quarter); the PDF
        // answers 503 only because no browser is installed here.
        if (res.statusCode === 400) {
          expect(res.json().error.message, where).not.toMatch(/must be a date|calendar date/);
        }
        expect(res.statusCode, where).toBeLessThan(
          parameter.path.endsWith('board-pack.pdf') ? 504 : 500,
        );
      }
    },
  );

  it('refuses board-pack.pdf?asOf=0001-01-01 with a 400 before looking for a browser', async () => {
    const res = await get('/api/programmes/tiny/board-pack.pdf?asOf=0001-01-01');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'querystring parameter "asOf" must be a date from 2000-01-01 to 2099-12-31',
    );
    // The same request with a good date gets as far as the browser check.
    const good = await get('/api/programmes/tiny/board-pack.pdf?asOf=2014-04-30');
    expect(good.statusCode).toBe(503);
  });

  it.each(['commentary', 'rebases'])(
    'refuses a %s period start out of range in the body',
    async (what) => {
      const res = await injectAs(
        t.app,
        { token: admin.token },
        {
          method: 'POST',
          url: `/api/programmes/tiny/metrics/incidents/${what}`,
          payload: { periodStart: '1999-10-01', whatHappened: 'x', reason: 'x' },
        },
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toContain(
        'parameter "periodStart" must be a date from 2000-01-01 to 2099-12-31',
      );
    },
  );
});

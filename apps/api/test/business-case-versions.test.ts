// Business case versions over HTTP (issue #17) on test/fixtures/tiny, on whichever engine this run
// uses (TEST_DATABASE_URL for PostgreSQL).
//
// Worked by hand (the tiny pack's working is in summary.test.ts): "incidents" is worth £495 per
// incident avoided (0.5 × £1,000 × 110/100 × 0.9), against a counterfactual of 100 a quarter.
//   v1 "original business case": forecasts 90, 80, 80, 80 → 10 + 20 + 20 + 20 = 70 avoided,
//     forecast benefit 70 × 495 = £34,650; safety costs £5,000 + £5,000 = £10,000; net £24,650.
//   v2 "2015 refresh": Q1 forecast 85 → 75 avoided, 75 × 495 = £37,125; the 2014-15 cost
//     £6,000 → £11,000; net £26,125. Differences: benefit +£2,475, cost +£1,000, net +£1,475.
//   Into Work (unmonetised) has no benefit: its £1,000.50 cost is the same in both.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  getJson,
  injectAs,
  signIn,
  startTestApp,
  tinyPackDir,
  type Credentials,
  type TestApp,
} from './helpers.js';

const BASE = '/api/programmes/tiny/business-case';
let t: TestApp;
let admin: Credentials;
let board: Credentials;
let refreshDir: string;

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  admin = {
    token: (
      await createTestUser(t.db, {
        email: 'ada@test.local',
        programmeId: 'tiny',
        roles: [{ role: 'admin' }],
      })
    ).token,
  };
  board = {
    token: (
      await createTestUser(t.db, {
        email: 'bo@test.local',
        programmeId: 'tiny',
        roles: [{ role: 'board' }],
      })
    ).token,
  };
  refreshDir = await mkdtemp(join(tmpdir(), 'outcomes-refresh-'));
  await cp(tinyPackDir, refreshDir, { recursive: true });
  const edit = async (file: string, from: string, to: string) => {
    const text = await readFile(join(refreshDir, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
    await writeFile(join(refreshDir, file), text.replace(from, to));
  };
  await edit('forecasts.csv', 'incidents,2013-04-01,90', 'incidents,2013-04-01,85');
  await edit(
    'costs.csv',
    'safety,police,2014-15,running,5000,',
    'safety,police,2014-15,running,6000,',
  );
});
afterAll(async () => {
  await t.close();
  await rm(refreshDir, { recursive: true, force: true });
});

const postInForce = (credentials: Credentials | null, payload: Record<string, unknown>) =>
  injectAs(t.app, credentials, { method: 'POST', url: `${BASE}/in-force`, payload });

describe('business case versions over HTTP', () => {
  it('lists version 1, in force by default, and every headline says so', async () => {
    const { status, body } = await getJson(t.app, `${BASE}/versions?asOf=2014-06-30`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      programmeId: 'tiny',
      asOf: '2014-06-30',
      inForce: { version: 1, name: 'original business case' },
      versions: [{ version: 1, name: 'original business case', note: null, createdBy: 'system' }],
      decisions: [],
    });
    const v1 = { version: 1, name: 'original business case' };
    expect((await getJson(t.app, '/api/programmes/tiny/summary')).body.businessCase).toEqual(v1);
    expect((await getJson(t.app, '/api/programmes/tiny/strands/safety')).body.businessCase).toEqual(
      v1,
    );
    expect(
      (await getJson(t.app, '/api/programmes/tiny/metrics/incidents/series')).body.businessCase,
    ).toEqual(v1);
  });

  it('records a replacement as version 2 without putting it in force', async () => {
    const before = (await getJson(t.app, '/api/programmes/tiny/summary')).body;
    const result = await loadPack(t.db, refreshDir, { replace: true, versionName: '2015 refresh' });
    expect(result.businessCaseVersion).toBe(2);
    expect((await getJson(t.app, '/api/programmes/tiny/summary')).body).toEqual(before);
  });

  it('compares two versions per strand and metric, as JSON and CSV', async () => {
    const { status, body } = await getJson(t.app, `${BASE}/compare?a=1&b=2`);
    expect(status).toBe(200);
    expect(body.a).toEqual({ version: 1, name: 'original business case' });
    expect(body.b).toEqual({ version: 2, name: '2015 refresh' });
    const safety = body.strands.find((s: { strandId: string }) => s.strandId === 'safety');
    expect(safety.a).toEqual({ forecastBenefit: 34650, forecastCost: 10000, net: 24650 });
    expect(safety.b).toEqual({ forecastBenefit: 37125, forecastCost: 11000, net: 26125 });
    expect(safety.difference).toEqual({ forecastBenefit: 2475, forecastCost: 1000, net: 1475 });
    expect(safety.metrics).toEqual([
      { metricId: 'incidents', name: 'Reported incidents', a: 34650, b: 37125, difference: 2475 },
    ]);
    const jobs = body.strands.find((s: { strandId: string }) => s.strandId === 'jobs');
    expect(jobs.difference).toEqual({ forecastBenefit: 0, forecastCost: 0, net: 0 });
    expect(body.totals.difference).toEqual({
      forecastBenefit: 2475,
      forecastCost: 1000,
      net: 1475,
    });
    expect(body.changes).toEqual([
      {
        kind: 'forecast',
        strandId: 'safety',
        item: 'incidents',
        field: '2013-04-01',
        a: 90,
        b: 85,
      },
      {
        kind: 'cost',
        strandId: 'safety',
        item: 'police 2014-15 running',
        field: 'forecast (£)',
        a: 5000,
        b: 6000,
      },
    ]);

    const csv = await injectAs(t.app, board, {
      method: 'GET',
      url: `${BASE}/compare?a=1&b=2&format=csv`,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="tiny-business-case-v1-v2.csv"',
    );
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Programme,Section,Strand,Item,Figure,v1 original business case,v2 2015 refresh,Difference',
    );
    expect(lines).toContain('tiny,Strand,Safer Streets,,Net (£),24650,26125,1475');
    expect(lines).toContain('tiny,Changed forecast,safety,incidents,2013-04-01,90,85,-5');

    expect((await getJson(t.app, `${BASE}/compare?a=1&b=9`)).status).toBe(404);
  });

  it('lets only an admin put a version in force, with a reason, over CSRF like every write', async () => {
    const valid = { version: 2, effectiveFrom: '2015-04-01', reason: 'Board approved the refresh' };
    expect((await postInForce(board, valid)).statusCode).toBe(403);
    expect((await postInForce(null, valid)).statusCode).toBe(401);
    const session = await signIn(t.app, 'ada@test.local');
    expect((await postInForce({ cookie: session.cookie, csrfToken: null }, valid)).statusCode).toBe(
      403,
    );
    const blank = await postInForce(admin, { ...valid, reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect((await postInForce(admin, { ...valid, version: 7 })).statusCode).toBe(400);

    const res = await postInForce({ cookie: session.cookie, csrfToken: session.csrfToken }, valid);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      version: 2,
      effectiveFrom: '2015-04-01',
      reason: valid.reason,
      decidedBy: 'ada@test.local',
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor', 'entity_id'])
      .where('action', '=', 'business-case-in-force')
      .execute();
    expect(audit).toEqual([{ actor: 'ada@test.local', entity_id: '2' }]);

    // Not later than the latest decision: refused, naming the date.
    const again = await postInForce(admin, { ...valid, version: 1 });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toMatch(/must be after 2015-04-01/);
  });

  it('judges against version 2 from now, and replays an earlier as-of date exactly', async () => {
    const summary = (await getJson(t.app, '/api/programmes/tiny/summary')).body;
    expect(summary.businessCase).toEqual({ version: 2, name: '2015 refresh' });
    expect(summary.totals.forecastBenefitWholeCase).toBe(37125);
    // As of 30 June 2015 the decision (made today) was not yet known: version 1, as the board saw.
    const then = (await getJson(t.app, '/api/programmes/tiny/summary?asOf=2015-06-30')).body;
    expect(then.businessCase).toEqual({ version: 1, name: 'original business case' });
    expect(then.totals.forecastBenefitWholeCase).toBe(34650);
    const list = (await getJson(t.app, `${BASE}/versions`)).body;
    expect(list.inForce).toEqual({ version: 2, name: '2015 refresh' });
    expect(list.decisions).toHaveLength(1);
  });
});

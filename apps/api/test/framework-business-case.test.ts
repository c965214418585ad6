// The framework forms for the business case (issue 17) over real HTTP, on this run's engine:
// outcomes, a metric's baseline, a unit cost's bearers, a metric's forecasts (a new, named
// business-case version) and cost lines. Each edit is checked by the pack loader's validation
// (a bad answer is a 400 naming the form's field, and nothing changes), audited with before and
// after, raises the data version, and never touches returned figures or their revisions; a
// change to bearers, forecasts or costs records a business-case version that is not in force.
//
// The tiny pack (test/fixtures/tiny): outcomes "safer" and "work"; metric "incidents" is
// quarterly with forecasts 90, 80, 80, 80 for 2013-14 and a baseline of 100; unit cost
// "incident" is borne 0.6 by police and 0.4 by council; costs are safety/police running 2013-14
// and 2014-15 (£5,000 each) and jobs/council transition 2013-14 (£1,000.50). Version 1 (the
// load) is in force.
import { listBusinessCaseVersions, versionInForce } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type Credentials,
  type TestApp,
  type TestUser,
  sessionOf,
  returnedFigures,
  dataVersion,
} from './helpers.js';

const P = '/api/programmes/tiny';
let t: TestApp;
let admin: TestUser;
let adminSession: Credentials;
let boardSession: Credentials;

const send = (
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
  credentials: Credentials = adminSession,
) => injectAs(t.app, credentials, { method, url, payload });

/** The latest audit entry of an action, its detail parsed. */
async function lastAudit(action: string) {
  const rows = await t.db
    .selectFrom('audit_log')
    .select(['actor', 'actor_user_id', 'detail'])
    .where('action', '=', action)
    .orderBy('id', 'desc')
    .execute();
  const row = rows[0];
  if (row === undefined) throw new Error(`no audit entry for ${action}`);
  return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> };
}

const framework = async () => {
  const res = await injectAs(t.app, adminSession, { method: 'GET', url: `${P}/framework` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const fields = (res: { json: () => { error: { details: { field: string }[] } } }) =>
  res.json().error.details.map((d) => d.field);

/**
 * Sends a bad answer and checks it is a 400 naming `field`, with nothing changed in the store.
 */
async function refused(
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
  field: string,
  status = 400,
) {
  const before = await storeChecksum(t.db);
  const res = await send(method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  expect(fields(res)).toContain(field);
  expect(await storeChecksum(t.db)).toBe(before);
  return res;
}

/** A save that records a version: the version is the latest, and version 1 stays in force. */
async function expectVersionNotInForce(version: unknown) {
  const versions = await listBusinessCaseVersions(t.db, 'tiny');
  expect(version).toBe(versions.at(-1)?.version);
  expect(version).toBeGreaterThan(1);
  expect((await versionInForce(t.db, 'tiny'))?.version).toBe(1);
  return versions.at(-1)!;
}

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  admin = await createTestUser(t.db, {
    email: 'admin@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'admin' }],
  });
  adminSession = await sessionOf(t.app, admin);
  const board = await createTestUser(t.db, {
    email: 'board-member@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'board' }],
  });
  boardSession = await sessionOf(t.app, board);
});
afterAll(async () => t.close());

describe('the business case the forms start from', () => {
  it('gives outcomes, baselines, bearers, forecast periods and cost lines', async () => {
    const body = await framework();
    expect(body.outcomes).toEqual([
      { id: 'safer', name: 'People are safer' },
      { id: 'work', name: 'More people in work' },
    ]);
    expect(body.baselines[0]).toEqual({
      metricId: 'incidents',
      value: 100,
      annualGrowth: 0,
      measuredFrom: '2012-04-01',
      measuredTo: '2013-03-31',
      note: null,
      growthFrom: null,
    });
    expect(body.bearers).toEqual([
      {
        unitCostId: 'incident',
        bearers: [
          { partnerId: 'police', share: 0.6 },
          { partnerId: 'council', share: 0.4 },
        ],
      },
    ]);
    // Quarterly over the programme's two years (2013-14, 2014-15): eight quarters, the first
    // four forecast in the pack.
    const incidents = body.forecasts.find((f: { metricId: string }) => f.metricId === 'incidents');
    expect(incidents.frequency).toBe('quarter');
    expect(incidents.periods).toEqual([
      { periodStart: '2013-04-01', value: 90 },
      { periodStart: '2013-07-01', value: 80 },
      { periodStart: '2013-10-01', value: 80 },
      { periodStart: '2014-01-01', value: 80 },
      { periodStart: '2014-04-01', value: null },
      { periodStart: '2014-07-01', value: null },
      { periodStart: '2014-10-01', value: null },
      { periodStart: '2015-01-01', value: null },
    ]);
    // Monthly "in-work": 24 months, and its stored forecasts in their months.
    const inWork = body.forecasts.find((f: { metricId: string }) => f.metricId === 'in-work');
    expect(inWork.periods).toHaveLength(24);
    expect(inWork.periods[12]).toEqual({ periodStart: '2014-04-01', value: 15 });
    expect(body.costLines[2]).toEqual({
      id: 'jobs.council.2013-14.transition',
      strandId: 'jobs',
      partnerId: 'council',
      financialYear: '2013-14',
      kind: 'transition',
      forecastGbp: 1000.5,
      actualGbp: 1200.25,
      priceYear: null,
      optimismBiasCategory: null,
      optimismBias: null,
    });
  });
});

describe('outcomes', () => {
  it('adds an outcome, audited, with no business-case version', async () => {
    const version = await dataVersion(t.db, 'tiny');
    const figures = await returnedFigures(t.db);
    const res = await send('POST', `${P}/outcomes`, { id: 'health', name: 'Healthier lives' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      programmeId: 'tiny',
      entity: 'outcome',
      entityId: 'health',
      businessCaseVersion: null,
    });
    expect((await framework()).outcomes).toContainEqual({ id: 'health', name: 'Healthier lives' });
    expect(await dataVersion(t.db, 'tiny')).toBeGreaterThan(version);
    expect(await returnedFigures(t.db)).toBe(figures);
    const audit = await lastAudit('outcome-add');
    expect(audit).toMatchObject({ actor: 'admin@test.local', actor_user_id: admin.id });
    expect(audit.detail).toMatchObject({
      entity: 'outcome',
      before: null,
      after: { id: 'health', name: 'Healthier lives' },
    });
  });

  it('renames an outcome, audited with before and after', async () => {
    const res = await send('PUT', `${P}/outcomes/safer`, { name: 'Safer streets' });
    expect(res.statusCode, res.body).toBe(200);
    const detail = await injectAs(t.app, adminSession, { method: 'GET', url: P });
    expect(detail.json().outcomes).toContainEqual({ id: 'safer', name: 'Safer streets' });
    expect((await lastAudit('outcome-edit')).detail).toMatchObject({
      before: { name: 'People are safer' },
      after: { name: 'Safer streets' },
    });
  });

  it('refuses a taken id (409), an id that is not a slug and a blank name', async () => {
    await refused('POST', `${P}/outcomes`, { id: 'work', name: 'Again' }, 'id', 409);
    await refused('POST', `${P}/outcomes`, { id: 'Not A Slug', name: 'Bad' }, 'id');
    await refused('PUT', `${P}/outcomes/safer`, { name: '  ' }, 'name');
  });

  it('answers 404 for an outcome the programme does not have', async () => {
    const res = await send('PUT', `${P}/outcomes/nothing`, { name: 'Nothing' });
    expect(res.statusCode).toBe(404);
  });
});

describe("a metric's baseline", () => {
  const BASELINE = {
    value: 100,
    annualGrowth: 0,
    measuredFrom: '2012-04-01',
    measuredTo: '2013-03-31',
    note: null,
    growthFrom: null,
  };

  it('changes every column, audited, keeping returned figures and making no version', async () => {
    const figures = await returnedFigures(t.db);
    const res = await send('PUT', `${P}/metrics/incidents/baseline`, {
      value: 110,
      annualGrowth: 0.02,
      measuredFrom: '2011-04-01',
      measuredTo: '2012-03-31',
      note: 'Recounted by the police',
      growthFrom: '2012-04-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    // A baseline is not one of the versioned inputs (forecasts, costs, unit costs).
    expect(res.json().businessCaseVersion).toBeNull();
    const row = await t.db
      .selectFrom('baseline')
      .select(['value', 'annual_growth', 'measured_from', 'measured_to', 'note', 'growth_from'])
      .where('programme_id', '=', 'tiny')
      .where('metric_id', '=', 'incidents')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      value: 110,
      annual_growth: 0.02,
      measured_from: '2011-04-01',
      measured_to: '2012-03-31',
      note: 'Recounted by the police',
      growth_from: '2012-04-01',
    });
    expect(await returnedFigures(t.db)).toBe(figures);
    expect((await lastAudit('baseline-edit')).detail).toMatchObject({
      entity: 'baseline',
      entityId: 'incidents',
      before: { value: 100, annualGrowth: 0 },
      after: { value: 110, annualGrowth: 0.02, growthFrom: '2012-04-01' },
    });
  });

  it.each([
    ['measuredTo', { measuredFrom: '2013-04-01', measuredTo: '2013-03-31' }],
    ['annualGrowth', { annualGrowth: -1 }],
    ['growthFrom', { growthFrom: 'last spring' }],
    ['measuredFrom', { measuredFrom: '2013-02-30' }],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, change) => {
    await refused('PUT', `${P}/metrics/incidents/baseline`, { ...BASELINE, ...change }, field);
  });

  it('answers 404 for a metric the programme does not have', async () => {
    const res = await send('PUT', `${P}/metrics/nothing/baseline`, BASELINE);
    expect(res.statusCode).toBe(404);
  });
});

describe("a unit cost's bearers", () => {
  const url = `${P}/unit-costs/incident/bearers`;

  it('splits the cost afresh as a new business-case version, not in force', async () => {
    const figures = await returnedFigures(t.db);
    const res = await send('PUT', url, {
      bearers: [
        { partnerId: 'police', share: 0.75 },
        { partnerId: 'council', share: 0.25 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ entity: 'unit-cost-bearers', entityId: 'incident' });
    const version = await expectVersionNotInForce(res.json().businessCaseVersion);
    expect(version.note).toContain('unit-cost-bearers-edit');
    const rows = await t.db
      .selectFrom('unit_cost_bearer')
      .select(['partner_id', 'share'])
      .where('programme_id', '=', 'tiny')
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { partner_id: 'police', share: 0.75 },
      { partner_id: 'council', share: 0.25 },
    ]);
    expect(await returnedFigures(t.db)).toBe(figures);
    expect((await lastAudit('unit-cost-bearers-edit')).detail).toMatchObject({
      before: [
        { partnerId: 'police', share: 0.6 },
        { partnerId: 'council', share: 0.4 },
      ],
      after: [
        { partnerId: 'police', share: 0.75 },
        { partnerId: 'council', share: 0.25 },
      ],
      businessCaseVersion: version.version,
    });
  });

  it.each([
    // 0.5 + 0.4 = 0.9: the loader wants the shares to sum to 1.
    [
      'shares that do not sum to 1',
      [
        { partnerId: 'police', share: 0.5 },
        { partnerId: 'council', share: 0.4 },
      ],
      /sum to 0\.9/,
    ],
    ['a partner the programme does not have', [{ partnerId: 'fire', share: 1 }], /fire/],
    [
      'a partner given twice',
      [
        { partnerId: 'police', share: 0.5 },
        { partnerId: 'police', share: 0.5 },
      ],
      /duplicate/,
    ],
    ['no bearers at all', [], /at least one partner/],
  ])('refuses %s, naming the bearers, and changes nothing', async (_what, bearers, message) => {
    const res = await refused('PUT', url, { bearers }, 'bearers');
    expect(res.body).toMatch(message);
  });

  it('answers 404 for a unit cost the programme does not have', async () => {
    const res = await send('PUT', `${P}/unit-costs/nothing/bearers`, {
      bearers: [{ partnerId: 'police', share: 1 }],
    });
    expect(res.statusCode).toBe(404);
  });
});

describe("a metric's forecasts, as a named business-case version", () => {
  const url = `${P}/metrics/incidents/forecast-versions`;
  /** The eight quarters, the first four as stored and 2014-15's new. */
  const FORECASTS = [
    { periodStart: '2013-04-01', value: 90 },
    { periodStart: '2013-07-01', value: 80 },
    { periodStart: '2013-10-01', value: 80 },
    { periodStart: '2014-01-01', value: 80 },
    { periodStart: '2014-04-01', value: 75 },
    { periodStart: '2014-07-01', value: 75 },
    { periodStart: '2014-10-01', value: null },
    { periodStart: '2015-01-01', value: 70.5 },
  ];
  const BODY = {
    versionName: '2015 refresh',
    reason: 'The police recounted 2014-15',
    forecasts: FORECASTS,
  };

  it('records the version with its name and reason, not in force, keeping returned figures', async () => {
    const figures = await returnedFigures(t.db);
    const version = await dataVersion(t.db, 'tiny');
    const res = await send('POST', url, BODY);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ entity: 'forecasts', entityId: 'incidents' });
    const recorded = await expectVersionNotInForce(res.json().businessCaseVersion);
    expect(recorded.name).toBe('2015 refresh');
    expect(recorded.note).toContain('The police recounted 2014-15');
    const rows = await t.db
      .selectFrom('forecast')
      .select(['period_start', 'value'])
      .where('programme_id', '=', 'tiny')
      .where('metric_id', '=', 'incidents')
      .orderBy('period_start')
      .execute();
    // The null period has no forecast.
    expect(rows.map((r) => [r.period_start, r.value])).toEqual([
      ['2013-04-01', 90],
      ['2013-07-01', 80],
      ['2013-10-01', 80],
      ['2014-01-01', 80],
      ['2014-04-01', 75],
      ['2014-07-01', 75],
      ['2015-01-01', 70.5],
    ]);
    // The version keeps what it said: its forecasts are the ones just saved.
    const snapshot = await t.db
      .selectFrom('business_case_forecast')
      .select('value')
      .where('programme_id', '=', 'tiny')
      .where('version', '=', recorded.version)
      .where('metric_id', '=', 'incidents')
      .where('period_start', '=', '2015-01-01')
      .executeTakeFirstOrThrow();
    expect(snapshot.value).toBe(70.5);
    expect(await returnedFigures(t.db)).toBe(figures);
    expect(await dataVersion(t.db, 'tiny')).toBeGreaterThan(version);
    const audit = await lastAudit('forecast-version');
    expect(audit.actor).toBe('admin@test.local');
    expect(audit.detail).toMatchObject({
      entity: 'forecasts',
      entityId: 'incidents',
      before: [
        { periodStart: '2013-04-01', value: 90 },
        { periodStart: '2013-07-01', value: 80 },
        { periodStart: '2013-10-01', value: 80 },
        { periodStart: '2014-01-01', value: 80 },
      ],
      after: { versionName: '2015 refresh', reason: 'The police recounted 2014-15' },
      businessCaseVersion: recorded.version,
    });
  });

  it.each([
    ['versionName', { versionName: ' ' }],
    ['reason', { reason: '' }],
    // Exactly what is stored now: there is nothing for a new version to say.
    ['forecasts', {}],
    // 2013-05-01 does not start a quarter.
    ['forecasts', { forecasts: [...FORECASTS, { periodStart: '2013-05-01', value: 1 }] }],
    ['forecasts', { forecasts: [...FORECASTS, { periodStart: '2013-04-01', value: 1 }] }],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, change) => {
    await refused('POST', url, { ...BODY, ...change }, field);
  });

  it('answers 404 for a metric the programme does not have', async () => {
    const res = await send('POST', `${P}/metrics/nothing/forecast-versions`, BODY);
    expect(res.statusCode).toBe(404);
  });
});

describe('cost lines', () => {
  const LINE = {
    strandId: 'jobs',
    partnerId: 'council',
    financialYear: '2014-15',
    kind: 'running',
    forecastGbp: 2000.1,
    actualGbp: null,
    priceYear: '2012-13',
    optimismBiasCategory: 'outsourcing',
    optimismBias: null,
  };
  const lineRow = (strand: string, partner: string, year: string, kind: string) =>
    t.db
      .selectFrom('cost')
      .select([
        'forecast_pence',
        'actual_pence',
        'price_year',
        'optimism_bias_category',
        'optimism_bias',
      ])
      .where('programme_id', '=', 'tiny')
      .where('strand_id', '=', strand)
      .where('partner_id', '=', partner)
      .where('financial_year', '=', year)
      .where('kind', '=', kind)
      .executeTakeFirst();

  it('adds a line (every column) as a new business-case version, not in force', async () => {
    const figures = await returnedFigures(t.db);
    const res = await send('POST', `${P}/cost-lines`, LINE);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      entity: 'cost-line',
      entityId: 'jobs.council.2014-15.running',
    });
    await expectVersionNotInForce(res.json().businessCaseVersion);
    // £2,000.10 is 200,010 pence.
    expect(await lineRow('jobs', 'council', '2014-15', 'running')).toEqual({
      forecast_pence: 200010,
      actual_pence: null,
      price_year: '2012-13',
      optimism_bias_category: 'outsourcing',
      optimism_bias: null,
    });
    expect(await returnedFigures(t.db)).toBe(figures);
    expect((await lastAudit('cost-line-add')).detail).toMatchObject({
      entity: 'cost-line',
      before: null,
      after: { forecastPence: 200010, optimismBiasCategory: 'outsourcing' },
    });
  });

  it('changes a line’s forecast as a new version; its actual alone makes none', async () => {
    const url = `${P}/cost-lines/safety.police.2014-15.running`;
    const stored = {
      strandId: 'safety',
      partnerId: 'police',
      financialYear: '2014-15',
      kind: 'running',
      forecastGbp: 5000,
      actualGbp: null,
      priceYear: null,
      optimismBiasCategory: null,
      optimismBias: null,
    };
    const res = await send('PUT', url, { ...stored, forecastGbp: 5500, optimismBias: 0.24 });
    expect(res.statusCode, res.body).toBe(200);
    await expectVersionNotInForce(res.json().businessCaseVersion);
    expect(await lineRow('safety', 'police', '2014-15', 'running')).toMatchObject({
      forecast_pence: 550000,
      optimism_bias: 0.24,
    });
    expect((await lastAudit('cost-line-edit')).detail).toMatchObject({
      before: { forecastPence: 500000 },
      after: { forecastPence: 550000 },
    });
    // The outturn is not part of the business case: no version for it.
    const actual = await send('PUT', url, {
      ...stored,
      forecastGbp: 5500,
      optimismBias: 0.24,
      actualGbp: 4800.99,
    });
    expect(actual.statusCode, actual.body).toBe(200);
    expect(actual.json().businessCaseVersion).toBeNull();
    expect(await lineRow('safety', 'police', '2014-15', 'running')).toMatchObject({
      actual_pence: 480099,
    });
  });

  it.each([
    ['forecastGbp', { forecastGbp: -1 }],
    ['forecastGbp', { forecastGbp: 12.345 }],
    ['actualGbp', { actualGbp: 0.001 }],
    ['strandId', { strandId: 'nowhere' }],
    ['partnerId', { partnerId: 'fire' }],
    ['financialYear', { financialYear: '2014' }],
    ['kind', { kind: 'one-off' }],
    ['optimismBiasCategory', { optimismBiasCategory: 'rockets' }],
    ['optimismBias', { optimismBias: -0.1 }],
    // No deflator index for 2010-11: its prices could not be brought to the price base.
    ['priceYear', { priceYear: '2010-11' }],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, change) => {
    await refused(
      'POST',
      `${P}/cost-lines`,
      { ...LINE, financialYear: '2015-16', ...change },
      field,
    );
  });

  it('refuses a line that is already there (409), by adding or by changing one', async () => {
    const taken = { ...LINE, strandId: 'safety', partnerId: 'police', financialYear: '2013-14' };
    await refused('POST', `${P}/cost-lines`, taken, 'kind', 409);
    await refused('PUT', `${P}/cost-lines/jobs.council.2013-14.transition`, taken, 'kind', 409);
  });

  it('answers 404 for a line the programme does not have', async () => {
    const res = await send('PUT', `${P}/cost-lines/jobs.police.2013-14.running`, LINE);
    expect(res.statusCode).toBe(404);
  });
});

describe('only admins', () => {
  it.each([
    ['POST', `${P}/outcomes`, { id: 'sneaky', name: 'Sneaky' }],
    ['PUT', `${P}/outcomes/work`, { name: 'Sneaky' }],
    [
      'PUT',
      `${P}/metrics/incidents/baseline`,
      { value: 1, annualGrowth: 0, measuredFrom: null, measuredTo: null },
    ],
    ['PUT', `${P}/unit-costs/incident/bearers`, { bearers: [{ partnerId: 'police', share: 1 }] }],
    [
      'POST',
      `${P}/metrics/incidents/forecast-versions`,
      { versionName: 'Sneaky', reason: 'Sneaky', forecasts: [] },
    ],
    [
      'POST',
      `${P}/cost-lines`,
      {
        strandId: 'jobs',
        partnerId: 'police',
        financialYear: '2013-14',
        kind: 'running',
        forecastGbp: 1,
        actualGbp: null,
      },
    ],
  ] as const)('refuses a board member %s %s, changing nothing', async (method, url, payload) => {
    const before = await storeChecksum(t.db);
    const res = await send(method, url, payload, boardSession);
    expect(res.statusCode).toBe(403);
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

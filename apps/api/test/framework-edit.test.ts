// A programme's admins edit its framework in forms: each edit is checked by the pack loader's
// validation (a bad value is refused naming the field, and nothing changes), audited with before
// and after, raises the data version, and never touches returned figures or their revisions.
// Real HTTP (inject) with session cookies and CSRF tokens, on this run's engine.
import {
  grantInstallationAdmin,
  listBusinessCaseVersions,
  SYSTEM_ACTOR,
  versionInForce,
} from '@outcomes/db';
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

let t: TestApp;
let admin: TestUser;
let adminSession: Credentials;
let boardSession: Credentials;
let installerSession: Credentials;

const send = (credentials: Credentials, method: 'POST' | 'PUT', url: string, payload: object) =>
  injectAs(t.app, credentials, { method, url, payload });

const STRAND = {
  name: 'Safer Streets',
  sponsorPartnerId: 'police',
  description: 'Fewer incidents',
};

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
  // An installation administrator reads every programme but edits none without a role in it.
  const installer = await createTestUser(t.db, {
    email: 'installer@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'finance' }],
  });
  await grantInstallationAdmin(t.db, { id: installer.id, email: installer.email }, SYSTEM_ACTOR);
  installerSession = await sessionOf(t.app, installer);
});
afterAll(async () => t.close());

describe('editing a strand', () => {
  it('renames it and changes its sponsor, audited, keeping returned figures', async () => {
    const figures = await returnedFigures(t.db);
    // The tiny pack's figures are stored as returns: there is something to keep.
    expect(JSON.parse(figures).revisions.length).toBeGreaterThan(0);
    const version = await dataVersion(t.db, 'tiny');
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/strands/safety', {
      ...STRAND,
      name: 'Safer Testshire',
      sponsorPartnerId: 'council',
    });
    expect(res.statusCode, res.body).toBe(200);
    // A strand is not part of the business case: no version is recorded.
    expect(res.json()).toEqual({
      programmeId: 'tiny',
      entity: 'strand',
      entityId: 'safety',
      businessCaseVersion: null,
    });

    const detail = await injectAs(t.app, adminSession, {
      method: 'GET',
      url: '/api/programmes/tiny',
    });
    expect(detail.json().strands[0]).toEqual({
      id: 'safety',
      name: 'Safer Testshire',
      sponsorPartnerId: 'council',
      description: 'Fewer incidents',
    });
    expect(await returnedFigures(t.db)).toBe(figures);
    expect(await dataVersion(t.db, 'tiny')).toBeGreaterThan(version);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['programme_id', 'actor', 'actor_user_id', 'detail'])
      .where('action', '=', 'strand-edit')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      programme_id: 'tiny',
      actor: 'admin@test.local',
      actor_user_id: admin.id,
    });
    const detailJson = JSON.parse(audit[0]!.detail) as Record<string, unknown>;
    expect(detailJson).toMatchObject({
      entity: 'strand',
      entityId: 'safety',
      before: { name: 'Safer Streets', sponsorPartnerId: 'police' },
      after: { name: 'Safer Testshire', sponsorPartnerId: 'council' },
    });
  });

  it('refuses a sponsor that is not a partner, naming the field, and changes nothing', async () => {
    const before = await storeChecksum(t.db);
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/strands/safety', {
      ...STRAND,
      sponsorPartnerId: 'fire-service',
    });
    expect(res.statusCode, res.body).toBe(400);
    const details = res.json().error.details as { field: string; message: string }[];
    expect(details[0]?.field).toBe('sponsorPartnerId');
    expect(details[0]?.message).toMatch(/fire-service/);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses a blank name, naming the field', async () => {
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/strands/safety', {
      ...STRAND,
      name: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('name');
  });

  it('answers 404 for a strand the programme does not have', async () => {
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/strands/nothing', STRAND);
    expect(res.statusCode).toBe(404);
  });

  it.each([
    ['a board member', () => boardSession],
    ['an installation administrator without the admin role', () => installerSession],
  ])('is refused to %s, changing nothing', async (_who, credentials) => {
    const before = await storeChecksum(t.db);
    const res = await send(credentials(), 'PUT', '/api/programmes/tiny/strands/safety', STRAND);
    expect(res.statusCode).toBe(403);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('adds a strand, and refuses an id already used', async () => {
    const res = await send(adminSession, 'POST', '/api/programmes/tiny/strands', {
      id: 'health',
      name: 'Healthier Lives',
      sponsorPartnerId: 'council',
    });
    expect(res.statusCode, res.body).toBe(201);
    const again = await send(adminSession, 'POST', '/api/programmes/tiny/strands', {
      id: 'health',
      name: 'Again',
      sponsorPartnerId: 'council',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].field).toBe('id');
  });
});

describe('editing partners', () => {
  it('adds a partner and renames one; a kind the loader does not know is refused', async () => {
    const added = await send(adminSession, 'POST', '/api/programmes/tiny/partners', {
      id: 'nhs',
      name: 'Testshire NHS Trust',
      kind: 'health',
      budget: 'local',
    });
    expect(added.statusCode, added.body).toBe(201);
    const renamed = await send(adminSession, 'PUT', '/api/programmes/tiny/partners/police', {
      name: 'Testshire Constabulary',
      kind: 'police',
      budget: 'local',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const partners = (
      await injectAs(t.app, adminSession, { method: 'GET', url: '/api/programmes/tiny' })
    ).json().partners as { id: string; name: string }[];
    expect(partners.map((p) => [p.id, p.name])).toEqual([
      ['council', 'Testshire Council'],
      ['police', 'Testshire Constabulary'],
      ['nhs', 'Testshire NHS Trust'],
    ]);
    const bad = await send(adminSession, 'PUT', '/api/programmes/tiny/partners/police', {
      name: 'Testshire Constabulary',
      kind: 'wizards',
      budget: 'local',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('kind');
  });
});

describe('editing the programme settings', () => {
  const SETTINGS = {
    name: 'Tiny Programme',
    place: 'Testshire',
    description: 'A programme small enough to compute by hand',
    firstFinancialYear: '2013-14',
    lastFinancialYear: '2014-15',
    priceBaseYear: '2013-14',
    discountRate: 0.035,
    ragGreen: 0.95,
    ragAmber: 0.8,
    reinvestmentShare: 0.2,
  };

  it('changes the discount rate, keeping returned figures', async () => {
    const figures = await returnedFigures(t.db);
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/settings', {
      ...SETTINGS,
      discountRate: '0.03',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (
      await injectAs(t.app, adminSession, { method: 'GET', url: '/api/programmes/tiny' })
    ).json();
    expect(detail).toMatchObject({ discountRate: 0.03, years: 2 });
    expect(await returnedFigures(t.db)).toBe(figures);
  });

  it('refuses amber above green, naming the field', async () => {
    const before = await storeChecksum(t.db);
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/settings', {
      ...SETTINGS,
      ragAmber: 0.99,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      field: 'ragGreen',
      message: expect.stringMatching(/must be greater than amber/),
    });
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

describe('editing metrics and unit costs', () => {
  const METRIC = {
    name: 'Reported incidents',
    unit: 'incidents',
    attribution: 0.5,
    source: 'Police records',
  };
  const UNIT_COST = {
    name: 'Incident',
    valueGbp: 1000,
    priceYear: '2012-13',
    source: 'Test source',
    confidenceGrade: 3,
    cashableShare: 0.5,
  };

  it('renames a metric and changes its attribution, keeping its returned figures', async () => {
    const figures = await returnedFigures(t.db);
    const res = await send(
      adminSession,
      'PUT',
      '/api/programmes/tiny/metrics/incidents/definition',
      {
        ...METRIC,
        name: 'Incidents reported to the police',
        attribution: 0.6,
      },
    );
    expect(res.statusCode, res.body).toBe(200);
    const row = await t.db
      .selectFrom('metric')
      .select(['name', 'attribution'])
      .where('programme_id', '=', 'tiny')
      .where('id', '=', 'incidents')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Incidents reported to the police', attribution: 0.6 });
    expect(await returnedFigures(t.db)).toBe(figures);
  });

  it('refuses an attribution above 1, naming the field', async () => {
    const before = await storeChecksum(t.db);
    const res = await send(
      adminSession,
      'PUT',
      '/api/programmes/tiny/metrics/incidents/definition',
      {
        ...METRIC,
        attribution: 1.5,
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('attribution');
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('changes a unit cost to £1,250.50 (stored as 125,050 pence), keeping its bearers', async () => {
    const bearers = await t.db
      .selectFrom('unit_cost_bearer')
      .selectAll()
      .orderBy('partner_id')
      .execute();
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/unit-costs/incident', {
      ...UNIT_COST,
      valueGbp: 1250.5,
      confidenceGrade: 4,
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = await t.db
      .selectFrom('unit_cost')
      .select(['value_pence', 'confidence_grade'])
      .where('programme_id', '=', 'tiny')
      .where('id', '=', 'incident')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ value_pence: 125050, confidence_grade: 4 });
    expect(
      await t.db.selectFrom('unit_cost_bearer').selectAll().orderBy('partner_id').execute(),
    ).toEqual(bearers);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'unit-cost-edit')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({
      before: { valuePence: 100000 },
      after: { valuePence: 125050 },
    });
    // A unit cost is part of the business case: the edit is a new version, named for the form's
    // change, and no judgement changes until an admin puts it in force (issue 17's rule).
    const versions = await listBusinessCaseVersions(t.db, 'tiny');
    const latest = versions.at(-1)!;
    expect(latest.version).toBeGreaterThan(1);
    expect(latest.note).toContain('unit-cost-edit');
    expect((await versionInForce(t.db, 'tiny'))?.version).toBe(1);
  });

  it.each([
    ['valueGbp', { valueGbp: 12.345 }],
    ['valueGbp', { valueGbp: -5 }],
    ['confidenceGrade', { confidenceGrade: 9 }],
    ['priceYear', { priceYear: '2012' }],
  ])('refuses a bad %s, naming it, and changes nothing', async (field, change) => {
    const before = await storeChecksum(t.db);
    const res = await send(adminSession, 'PUT', '/api/programmes/tiny/unit-costs/incident', {
      ...UNIT_COST,
      ...change,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('answers 404 for a unit cost the programme does not have', async () => {
    const res = await send(
      adminSession,
      'PUT',
      '/api/programmes/tiny/unit-costs/nothing',
      UNIT_COST,
    );
    expect(res.statusCode).toBe(404);
  });
});

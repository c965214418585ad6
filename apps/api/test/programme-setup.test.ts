// Setting up a programme in the product: an installation administrator creates a programme and
// gives it its first admin; nobody else may. Real HTTP (inject) with session cookies and CSRF
// tokens as the web app sends them, on this run's engine. Bad input is refused with the field
// named and nothing stored; every change leaves an audit row.
import { grantInstallationAdmin, SYSTEM_ACTOR } from '@outcomes/db';
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
} from './helpers.js';

let t: TestApp;
let installer: TestUser;
let installerSession: Credentials;
let tinyAdmin: TestUser;
let tinyAdminSession: Credentials;

const SETTINGS = {
  name: 'Greater Testshire Reform',
  place: 'Greater Testshire',
  description: 'A programme made in the product',
  firstFinancialYear: '2024-25',
  lastFinancialYear: '2028-29',
  priceBaseYear: '2024-25',
  discountRate: '0.035',
  ragGreen: '0.95',
  ragAmber: '0.8',
  reinvestmentShare: '0.2',
};

const post = (credentials: Credentials | null, url: string, payload: object) =>
  injectAs(t.app, credentials, { method: 'POST', url, payload });

async function auditRows(action: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['programme_id', 'actor', 'actor_user_id', 'action', 'entity_id', 'detail'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  installer = await createTestUser(t.db, {
    email: 'installer@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'board' }],
  });
  await grantInstallationAdmin(t.db, { id: installer.id, email: installer.email }, SYSTEM_ACTOR);
  installerSession = await sessionOf(t.app, installer);
  tinyAdmin = await createTestUser(t.db, {
    email: 'tiny-admin@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'admin' }],
  });
  tinyAdminSession = await sessionOf(t.app, tinyAdmin);
});
afterAll(async () => t.close());

describe('creating a programme', () => {
  it('says who is an installation administrator in /api/me', async () => {
    const me = await injectAs(t.app, installerSession, { method: 'GET', url: '/api/me' });
    expect(me.json()).toMatchObject({ installationAdmin: true });
    const other = await injectAs(t.app, tinyAdminSession, { method: 'GET', url: '/api/me' });
    expect(other.json()).toMatchObject({ installationAdmin: false });
  });

  it('creates it, audited, and lets the installation administrator read it with no role in it', async () => {
    const res = await post(installerSession, '/api/programmes', {
      id: 'greater-testshire',
      ...SETTINGS,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: 'greater-testshire', name: 'Greater Testshire Reform' });

    const detail = await injectAs(t.app, installerSession, {
      method: 'GET',
      url: '/api/programmes/greater-testshire',
    });
    expect(detail.statusCode, detail.body).toBe(200);
    // Five financial years, 2024-25 to 2028-29; the numbers typed as text are stored as numbers.
    expect(detail.json()).toMatchObject({
      firstFinancialYear: '2024-25',
      years: 5,
      discountRate: 0.035,
      ragThresholds: { green: 0.95, amber: 0.8 },
    });
    const list = await injectAs(t.app, installerSession, { method: 'GET', url: '/api/programmes' });
    expect(
      list
        .json()
        .map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual(['greater-testshire', 'tiny']);

    const [audit] = await auditRows('programme-create');
    expect(audit).toMatchObject({
      programme_id: 'greater-testshire',
      actor: 'installer@test.local',
      actor_user_id: installer.id,
      entity_id: 'greater-testshire',
    });
  });

  it('is not for anyone else: a programme admin is refused and nothing changes', async () => {
    const before = await storeChecksum(t.db);
    const res = await post(tinyAdminSession, '/api/programmes', { id: 'sneaky', ...SETTINGS });
    expect(res.statusCode).toBe(403);
    // And others' members cannot read the new programme.
    const read = await injectAs(t.app, tinyAdminSession, {
      method: 'GET',
      url: '/api/programmes/greater-testshire',
    });
    expect(read.statusCode).toBe(403);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('needs the CSRF token with a session, like every other write', async () => {
    const before = await storeChecksum(t.db);
    const { cookie } = installerSession as { cookie: string };
    const res = await post({ cookie, csrfToken: null }, '/api/programmes', {
      id: 'no-csrf',
      ...SETTINGS,
    });
    expect(res.statusCode).toBe(403);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it.each([
    [
      'discountRate',
      { discountRate: 'three percent' },
      /"three percent" is not allowed; expected a number in \[0, 1\)/,
    ],
    ['id', { id: 'Not A Slug' }, /lower-case slug/],
    ['lastFinancialYear', { lastFinancialYear: '2020-21' }, /2024-25\) or a later one/],
    ['ragGreen', { ragGreen: '0.5' }, /green \(0.5\) must be greater than amber \(0.8\)/],
    ['priceBaseYear', { priceBaseYear: '2024' }, /financial year/],
    ['name', { name: '  ' }, /is missing/],
  ])('refuses a bad %s, naming the field, and stores nothing', async (field, change, message) => {
    const before = await storeChecksum(t.db);
    const res = await post(installerSession, '/api/programmes', {
      id: 'bad-input',
      ...SETTINGS,
      ...change,
    });
    expect(res.statusCode, res.body).toBe(400);
    const details = res.json().error.details as { field: string; message: string }[];
    expect(details.find((d) => d.field === field)?.message).toMatch(message);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses an id already taken (409, naming the id)', async () => {
    const res = await post(installerSession, '/api/programmes', { id: 'tiny', ...SETTINGS });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual([
      { field: 'id', message: expect.stringMatching(/taken/) },
    ]);
  });
});

describe('giving a programme its first admin', () => {
  const url = '/api/programmes/greater-testshire/admin-access';

  it('gives an existing account the admin role, audited in the programme, once', async () => {
    const res = await post(installerSession, url, { email: 'Tiny-Admin@test.local' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      userId: tinyAdmin.id,
      email: 'tiny-admin@test.local',
      created: false,
      changed: true,
    });
    const again = await post(installerSession, url, { email: 'tiny-admin@test.local' });
    expect(again.json()).toMatchObject({ changed: false });
    const audit = (await auditRows('role-change')).filter(
      (r) => r.programme_id === 'greater-testshire',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor: 'installer@test.local',
      entity_id: String(tinyAdmin.id),
    });
    // The new admin now sees the programme.
    const read = await injectAs(t.app, tinyAdminSession, {
      method: 'GET',
      url: '/api/programmes/greater-testshire',
    });
    expect(read.statusCode).toBe(200);
  });

  it('asks for a name and first password when no account has the email', async () => {
    const res = await post(installerSession, url, { email: 'new-admin@test.local' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      'name',
      'password',
    ]);
    const made = await post(installerSession, url, {
      email: 'new-admin@test.local',
      name: 'New Admin',
      password: 'correct horse battery staple 2026',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ created: true, changed: true });
  });

  it('is refused to a programme admin who is not an installation administrator', async () => {
    const before = await storeChecksum(t.db);
    const res = await post(tinyAdminSession, url, { email: 'board@test.local' });
    expect(res.statusCode).toBe(403);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('answers 404 for a programme that does not exist', async () => {
    const res = await post(installerSession, '/api/programmes/nowhere/admin-access', {
      email: 'tiny-admin@test.local',
    });
    expect(res.statusCode).toBe(404);
  });
});

// What the Framework page's metric and unit-cost forms need from the API: the stored metric
// definitions and unit costs to start from (admins only; the live rows, not the version in
// force, so a form shows what its last save stored), and, after a save, the business-case
// version the edit recorded (null when nothing versioned changed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  injectAs,
  signIn,
  startTestApp,
  tinyPackDir,
  type Credentials,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let adminSession: Credentials;
let financeSession: Credentials;

async function sessionFor(email: string, role: 'admin' | 'finance'): Promise<Credentials> {
  const user = await createTestUser(t.db, { email, programmeId: 'tiny', roles: [{ role }] });
  const s = await signIn(t.app, user.email, user.password);
  expect(s.status).toBe(200);
  return { cookie: s.cookie, csrfToken: s.csrfToken };
}

const UNIT_COST = {
  name: 'Incident',
  valueGbp: 1000,
  priceYear: '2012-13',
  source: 'Test source',
  confidenceGrade: 3,
  cashableShare: 0.5,
};

const framework = async (credentials: Credentials) =>
  injectAs(t.app, credentials, { method: 'GET', url: '/api/programmes/tiny/framework' });

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  adminSession = await sessionFor('admin@test.local', 'admin');
  financeSession = await sessionFor('finance@test.local', 'finance');
});
afterAll(async () => t.close());

describe('the framework the forms edit', () => {
  it('lists the stored metric definitions and unit costs (pounds) to an admin', async () => {
    const res = await framework(adminSession);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.programmeId).toBe('tiny');
    expect(body.metrics).toContainEqual({
      id: 'incidents',
      strandId: 'safety',
      name: 'Reported incidents',
      unit: 'incidents',
      attribution: 0.5,
      source: 'Police records',
      frequency: 'quarter',
      retiredFrom: null,
    });
    // A blank attribution in the pack is stored as the loader's default, 1.
    expect(body.metrics.find((m: { id: string }) => m.id === 'in-work').attribution).toBe(1);
    expect(body.unitCosts).toEqual([{ id: 'incident', per: 'event', ...UNIT_COST }]);
  });

  it('is refused to a role other than admin', async () => {
    expect((await framework(financeSession)).statusCode).toBe(403);
  });

  it('answers 404 for a programme that does not exist', async () => {
    const res = await injectAs(t.app, adminSession, {
      method: 'GET',
      url: '/api/programmes/nowhere/framework',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('what a save answers', () => {
  it('names the business-case version a unit-cost edit recorded; the form then shows it', async () => {
    const res = await injectAs(t.app, adminSession, {
      method: 'PUT',
      url: '/api/programmes/tiny/unit-costs/incident',
      payload: { ...UNIT_COST, valueGbp: 1250.5 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      programmeId: 'tiny',
      entity: 'unit-cost',
      entityId: 'incident',
      businessCaseVersion: 2,
    });
    // Not in force, yet what the form starts from next is what was saved.
    const after = (await framework(adminSession)).json();
    expect(after.unitCosts[0].valueGbp).toBe(1250.5);
  });

  it('answers null when nothing versioned changed (a metric, or a unit cost’s source)', async () => {
    const metric = await injectAs(t.app, adminSession, {
      method: 'PUT',
      url: '/api/programmes/tiny/metrics/incidents/definition',
      payload: { name: 'Incidents', unit: 'incidents', attribution: 0.5, source: 'Police' },
    });
    expect(metric.statusCode, metric.body).toBe(200);
    expect(metric.json().businessCaseVersion).toBeNull();
    const source = await injectAs(t.app, adminSession, {
      method: 'PUT',
      url: '/api/programmes/tiny/unit-costs/incident',
      payload: { ...UNIT_COST, valueGbp: 1250.5, source: 'A better source' },
    });
    expect(source.statusCode, source.body).toBe(200);
    expect(source.json().businessCaseVersion).toBeNull();
  });
});

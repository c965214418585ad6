// The story behind the curve: GET/POST .../metrics/:metricId/commentary on test/fixtures/spc.
// "incidents" (monthly) is in strand "safety"; "referrals" (quarterly) in strand "care".
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  getJson,
  injectAs,
  signIn,
  startTestApp,
  type Credentials,
  type TestApp,
} from './helpers.js';

const spcPackDir = fileURLToPath(new URL('./fixtures/spc', import.meta.url));
const URL_INCIDENTS = '/api/programmes/spc/metrics/incidents/commentary';

let t: TestApp;
let sponsor: Credentials;
let careSponsor: Credentials;
let admin: Credentials;
let board: Credentials;
let sponsorId: number;

beforeAll(async () => {
  t = await startTestApp([spcPackDir]);
  const make = async (
    email: string,
    name: string,
    roles: Parameters<typeof createTestUser>[1]['roles'],
  ) => createTestUser(t.db, { email, name, programmeId: 'spc', roles });
  const s = await make('sam@test.local', 'Sam Sponsor', [
    { role: 'sponsor', strandIds: ['safety'] },
  ]);
  sponsorId = s.id;
  sponsor = { token: s.token };
  careSponsor = {
    token: (await make('cara@test.local', 'Cara Care', [{ role: 'sponsor', strandIds: ['care'] }]))
      .token,
  };
  admin = { token: (await make('ada@test.local', 'Ada Admin', [{ role: 'admin' }])).token };
  board = { token: (await make('bo@test.local', 'Bo Board', [{ role: 'board' }])).token };
});
afterAll(async () => t.close());

const post = (
  credentials: Credentials | null,
  payload: Record<string, unknown>,
  url = URL_INCIDENTS,
) => injectAs(t.app, credentials, { method: 'POST', url, payload });

const auditCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('POST and GET .../commentary', () => {
  it('starts empty', async () => {
    const { status, body } = await getJson(t.app, `${URL_INCIDENTS}?asOf=2015-06-30`);
    expect(status).toBe(200);
    expect(body).toEqual({
      programmeId: 'spc',
      metricId: 'incidents',
      asOf: '2015-06-30',
      entries: [],
    });
  });

  it('stores a story with its author and time, trimmed, blank parts as null', async () => {
    const res = await post(sponsor, {
      periodStart: '2014-11-01',
      whatHappened: '  Incidents fell to 80 after the new triage service.  ',
      whatHelps: 'Joint triage with the council',
      whatHurts: '   ',
      whatNext: 'Extend triage to weekends',
    });
    expect(res.statusCode, res.body).toBe(201);
    const entry = res.json();
    expect(entry).toMatchObject({
      periodStart: '2014-11-01',
      label: 'Nov 2014',
      current: {
        revision: 1,
        whatHappened: 'Incidents fell to 80 after the new triage service.',
        whatHelps: 'Joint triage with the council',
        whatHurts: null,
        whatNext: 'Extend triage to weekends',
        author: { userId: sponsorId, name: 'Sam Sponsor' },
      },
    });
    expect(Date.parse(entry.current.createdAt)).not.toBeNaN();
    expect(entry.revisions).toEqual([entry.current]);

    // Audited in the same transaction, naming the user.
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'commentary')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      programme_id: 'spc',
      actor: 'sam@test.local',
      actor_user_id: sponsorId,
      entity: 'commentary',
      entity_id: String(entry.current.id),
      before: null,
    });
  });

  it('keeps every revision: a later entry for the period is a new revision, newest current', async () => {
    const res = await post(admin, {
      periodStart: '2014-11-01',
      whatHappened: 'Incidents fell to 80: triage, and a quiet month.',
      replacesRevision: 1,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().current).toMatchObject({ revision: 2, author: { name: 'Ada Admin' } });

    const { body } = await getJson(t.app, `${URL_INCIDENTS}?asOf=2015-06-30`);
    expect(body.entries).toHaveLength(1);
    const [entry] = body.entries;
    expect(entry.current.whatHappened).toBe('Incidents fell to 80: triage, and a quiet month.');
    expect(entry.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
    expect(entry.revisions[1].whatHappened).toBe(
      'Incidents fell to 80 after the new triage service.',
    );
  });

  it('refuses (409) to replace a revision that is no longer current, and writes nothing', async () => {
    const before = await auditCount();
    const res = await post(sponsor, {
      periodStart: '2014-11-01',
      whatHappened: 'Written from a stale page',
      replacesRevision: 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'conflict',
      details: { expected: 1, current: 2 },
    });
    expect(await auditCount()).toBe(before);
    const { body } = await getJson(t.app, `${URL_INCIDENTS}?asOf=2015-06-30`);
    expect(body.entries[0].revisions).toHaveLength(2);
  });

  it('lists periods in order and hides periods that had not ended by asOf', async () => {
    const res = await post(sponsor, {
      periodStart: '2014-04-01',
      whatHappened: 'Service launched',
    });
    expect(res.statusCode).toBe(201);
    const all = await getJson(t.app, `${URL_INCIDENTS}?asOf=2015-06-30`);
    expect(all.body.entries.map((e: { label: string }) => e.label)).toEqual([
      'Apr 2014',
      'Nov 2014',
    ]);
    // November 2014 ends on the 30th: on the 29th only April's story is visible.
    const earlier = await getJson(t.app, `${URL_INCIDENTS}?asOf=2014-11-29`);
    expect(earlier.body.entries.map((e: { label: string }) => e.label)).toEqual(['Apr 2014']);
    const onTheDay = await getJson(t.app, `${URL_INCIDENTS}?asOf=2014-11-30`);
    expect(onTheDay.body.entries).toHaveLength(2);
  });

  it('shows the latest period’s current story on the board summary, cut to an excerpt', async () => {
    const long = `${'Referrals held steady while the new early help hubs opened across the county. '.repeat(4)}End.`;
    const res = await post(
      careSponsor,
      { periodStart: '2015-01-01', whatHappened: long },
      '/api/programmes/spc/metrics/referrals/commentary',
    );
    expect(res.statusCode, res.body).toBe(201);
    const { body } = await getJson(t.app, '/api/programmes/spc/metrics?asOf=2015-06-30');
    const byId = Object.fromEntries(body.metrics.map((m: { id: string }) => [m.id, m]));
    expect(byId.incidents.latestCommentary).toMatchObject({
      periodStart: '2014-11-01',
      label: 'Nov 2014',
      excerpt: 'Incidents fell to 80: triage, and a quiet month.',
      authorName: 'Ada Admin',
    });
    const excerpt: string = byId.referrals.latestCommentary.excerpt;
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(byId.visits.latestCommentary).toBeNull();
  });
});

describe('validation: 400 naming the field, nothing written', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'a blank "what happened"',
      { periodStart: '2014-10-01', whatHappened: '  \n ' },
      'whatHappened',
      /must say what happened/,
    ],
    ['no "what happened"', { periodStart: '2014-10-01' }, 'whatHappened', /expected string/],
    [
      'a "what happened" over 2,000 characters',
      { periodStart: '2014-10-01', whatHappened: 'x'.repeat(2001) },
      'whatHappened',
      /2000/,
    ],
    [
      'a "what hurts" over 2,000 characters',
      { periodStart: '2014-10-01', whatHappened: 'ok', whatHurts: 'y'.repeat(2001) },
      'whatHurts',
      /2000/,
    ],
    ['no period', { whatHappened: 'ok' }, 'periodStart', /expected string/],
    [
      'a date that is not a date',
      { periodStart: '2014-13-01', whatHappened: 'ok' },
      'periodStart',
      /./,
    ],
    [
      'a day that does not start a month',
      { periodStart: '2014-10-15', whatHappened: 'ok' },
      'periodStart',
      /first day of a month/,
    ],
    [
      'a period that has not ended',
      { periodStart: '2099-04-01', whatHappened: 'ok' },
      'periodStart',
      /has not ended yet/,
    ],
    [
      'a negative revision',
      { periodStart: '2014-10-01', whatHappened: 'ok', replacesRevision: -1 },
      'replacesRevision',
      /./,
    ],
  ];
  it.each(cases)('refuses %s', async (_what, payload, field, message) => {
    const before = await auditCount();
    const res = await post(sponsor, payload);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toMatch(message);
    expect(await auditCount()).toBe(before);
  });

  it('checks the period against the metric’s own frequency', async () => {
    const res = await post(
      careSponsor,
      { periodStart: '2014-05-01', whatHappened: 'ok' },
      '/api/programmes/spc/metrics/referrals/commentary',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/"periodStart" must be the first day of a quarter/);
  });
});

describe('404, 401 and 403', () => {
  it('answers 404 for an unknown metric or programme', async () => {
    const get = await getJson(t.app, '/api/programmes/spc/metrics/nope/commentary');
    expect(get.status).toBe(404);
    expect(get.body.error.message).toBe('No metric with id "nope".');
    const write = await post(
      admin,
      { periodStart: '2014-10-01', whatHappened: 'ok' },
      '/api/programmes/spc/metrics/nope/commentary',
    );
    expect(write.statusCode).toBe(404);
    const programme = await post(
      admin,
      { periodStart: '2014-10-01', whatHappened: 'ok' },
      '/api/programmes/nope/metrics/incidents/commentary',
    );
    expect(programme.statusCode).toBe(404);
  });

  it('refuses writes without credentials (401), from the board (403) and from another strand’s sponsor (403)', async () => {
    const payload = { periodStart: '2014-10-01', whatHappened: 'Not allowed' };
    const before = await auditCount();
    const anonymous = await post(null, payload);
    expect(anonymous.statusCode).toBe(401);
    expect((await getJson(t.app, URL_INCIDENTS, null)).status).toBe(401);
    const byBoard = await post(board, payload);
    expect(byBoard.statusCode).toBe(403);
    expect(byBoard.json().error.code).toBe('forbidden');
    const byOtherSponsor = await post(careSponsor, payload);
    expect(byOtherSponsor.statusCode).toBe(403);
    expect(byOtherSponsor.json().error.message).toMatch(/sponsor for strand "safety"/);
    expect(await auditCount()).toBe(before);
    // The board reads it.
    expect((await getJson(t.app, URL_INCIDENTS, board)).status).toBe(200);
  });

  it('takes a browser session’s write only with its CSRF token', async () => {
    const session = await signIn(t.app, 'sam@test.local');
    expect(session.status).toBe(200);
    const payload = { periodStart: '2014-09-01', whatHappened: 'From the browser' };
    const withoutToken = await post({ cookie: session.cookie, csrfToken: null }, payload);
    expect(withoutToken.statusCode).toBe(403);
    const withToken = await post({ cookie: session.cookie, csrfToken: session.csrfToken }, payload);
    expect(withToken.statusCode, withToken.body).toBe(201);
  });
});

// Retiring a metric (issue 17) through the API, on this run's engine: the admin route (audited
// with the reason, data version raised, 409 while figures stand on or after the date, 400 for a
// date the loader refuses, 403 for anyone but an admin); a retired metric's periods from the date
// are refused in a return (upload and form), owed by no one (returns due) and no missing return
// (the variance bridge); export then read back keeps the date.
//
// The tiny pack, as loaded:
//   incidents (police, quarterly): forecasts Q1–Q4 2013-14; figures for Q1 (2013-04-01),
//     Q2 (2013-07-01) and Q4 (2014-01-01); Q3 (2013-10-01) never returned.
//   in-work (council, monthly): forecasts Apr 2013, May 2013, Apr 2014; figures Mar, Apr, May 2013.
//   Horizon: 2013-14 and 2014-15, so 2013-04-01 to 2015-03-31.
import { readPackFiles, readStoredPack } from '@outcomes/db';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../src/services/programme-workbook/read-workbook.js';
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
  dataVersion,
} from './helpers.js';
import { multipartBody, upload } from './submissions-support.js';

let t: TestApp;
let admin: TestUser;
let adminSession: Credentials;
let boardSession: Credentials;
let police: string;

const retire = (
  metricId: string,
  body: { retiredFrom: string | null; reason: string },
  credentials = adminSession,
) =>
  injectAs(t.app, credentials, {
    method: 'PUT',
    url: `/api/programmes/tiny/metrics/${metricId}/retirement`,
    payload: body,
  });

const get = async (url: string) => {
  const res = await injectAs(t.app, adminSession, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Period starts owed by a partner as of a date: [overdue, due next]. */
async function owed(partnerId: string, asOf: string): Promise<[string[], string[]]> {
  const due = await get(`/api/programmes/tiny/returns-due?asOf=${asOf}`);
  const p = due.partners.find((x: { partnerId: string }) => x.partnerId === partnerId);
  const starts = (list: { periodStart: string }[]) => list.map((d) => d.periodStart);
  return [starts(p.overdue), starts(p.dueNext)];
}

/** The business-case workbook sent to …/workbook/preview or …/import as a browser sends it. */
function postWorkbook(step: 'preview' | 'import', bytes: Buffer, sha256?: string) {
  const { body, contentType } = multipartBody([
    {
      name: 'file',
      fileName: 'business-case.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      value: bytes,
    },
    ...(sha256 === undefined ? [] : [{ name: 'sha256', value: sha256 }]),
  ]);
  return injectAs(t.app, adminSession, {
    method: 'POST',
    url: `/api/programmes/tiny/workbook/${step}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
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
  police = (
    await createTestUser(t.db, {
      email: 'police.officer@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    })
  ).token;
});
afterAll(async () => t.close());

describe('PUT …/metrics/:metricId/retirement', () => {
  it('refuses a date on or before a returned figure with 409, naming the last returned period', async () => {
    const before = await storeChecksum(t.db);
    // Q4 2013-14 (from 2014-01-01) is returned, so 2014-01-01 is too early.
    const res = await retire('incidents', { retiredFrom: '2014-01-01', reason: 'Dropped' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toContain('the last for Q4 2013-14');
    expect(res.json().error.details[0]).toMatchObject({ field: 'retiredFrom' });
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses with 400 a date that starts no quarter, and a missing reason, changing nothing', async () => {
    const before = await storeChecksum(t.db);
    const offPeriod = await retire('incidents', { retiredFrom: '2014-05-01', reason: 'Dropped' });
    expect(offPeriod.statusCode, offPeriod.body).toBe(400);
    expect(offPeriod.json().error.details[0]).toMatchObject({ field: 'retiredFrom' });
    expect(offPeriod.json().error.details[0].message).toContain('does not start a quarter');
    const noReason = await retire('incidents', { retiredFrom: '2014-04-01', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    const notADate = await retire('incidents', { retiredFrom: '2014-02-30', reason: 'x' });
    expect(notADate.statusCode).toBe(400);
    const tooLong = await retire('incidents', {
      retiredFrom: '2014-04-01',
      reason: 'x'.repeat(1001),
    });
    expect(tooLong.statusCode).toBe(400);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses a reason holding a NUL character with a 400 naming it, on both engines', async () => {
    // Hostile input is normal input: PostgreSQL refuses a NUL in a text value, so every JSON
    // body is checked for one before its route runs (plugins/refuse-nul-text.ts): a 400 naming
    // the field, and nothing changed (no 500 on PostgreSQL, no NUL stored on SQLite).
    const before = await storeChecksum(t.db);
    const res = await retire('in-work', { retiredFrom: null, reason: 'a\u0000b' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details).toEqual([
      { field: 'reason', message: 'must not contain a NUL character' },
    ]);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('is refused to a board member with 403, and answers 404 for an unknown metric', async () => {
    const before = await storeChecksum(t.db);
    const res = await retire(
      'incidents',
      { retiredFrom: '2014-04-01', reason: 'Dropped' },
      boardSession,
    );
    expect(res.statusCode).toBe(403);
    const unknown = await retire('nothing', { retiredFrom: '2014-04-01', reason: 'Dropped' });
    expect(unknown.statusCode).toBe(404);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('retires from the quarter after the last figure: audited with the reason, data version up', async () => {
    const version = await dataVersion(t.db, 'tiny');
    const reason = 'The force stopped recording this measure after the 2014 restructure';
    const res = await retire('incidents', { retiredFrom: '2014-04-01', reason });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      programmeId: 'tiny',
      entity: 'metric',
      entityId: 'incidents',
    });
    expect(await dataVersion(t.db, 'tiny')).toBeGreaterThan(version);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor', 'actor_user_id', 'detail'])
      .where('action', '=', 'metric-retire')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'admin@test.local', actor_user_id: admin.id });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({
      entity: 'metric',
      entityId: 'incidents',
      before: { retiredFrom: null },
      after: { retiredFrom: '2014-04-01', reason },
    });

    const series = await get('/api/programmes/tiny/metrics/incidents/series?asOf=2014-11-15');
    expect(series.metric.retiredFrom).toBe('2014-04-01');
    // The returned figures stand: Q1, Q2 and Q4 2013-14 as loaded.
    const stored = await readStoredPack(t.db, 'tiny');
    expect(stored?.actuals.filter((a) => a.metricId === 'incidents').map((a) => a.value)).toEqual([
      95, 85, 70,
    ]);
  });
});

describe('a retired metric owes nothing from its date', () => {
  it('refuses an uploaded figure for a period on or after the date, naming row and column', async () => {
    const before = await storeChecksum(t.db);
    const csv = [
      'metric_id,period_start,value,note',
      'incidents,2013-10-01,75,', // row 2: Q3 2013-14, before the date: fine on its own
      'incidents,2014-07-01,60,', // row 3: Q2 2014-15, after it
      '',
    ].join('\n');
    const res = await upload(t.app, {
      token: police,
      fileName: 'police.csv',
      content: Buffer.from(csv),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.details.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'period_start',
        message:
          'metric "incidents" was retired from 2014-04-01; no figures are due for Q2 2014-15',
      }),
    ]);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('refuses the same in the returns form', async () => {
    const before = await storeChecksum(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/tiny/submissions/entries',
      headers: { authorization: `Bearer ${police}` },
      payload: { entries: [{ metricId: 'incidents', periodStart: '2014-04-01', value: '60' }] },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.details.errors[0]).toMatchObject({
      row: 1,
      column: 'period_start',
      message: 'metric "incidents" was retired from 2014-04-01; no figures are due for Q1 2014-15',
    });
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('leaves the retired periods out of the entry form', async () => {
    const entry = async (quarter: string) =>
      (await get(`/api/programmes/tiny/returns-due/police/entry?quarter=${quarter}`)).items.map(
        (i: { metricId: string; periodStart: string }) => [i.metricId, i.periodStart],
      );
    // Q3 2013-14 is before the date: asked for. Q1 2014-15 is on it: the police owe nothing.
    expect(await entry('2013-10-01')).toEqual([['incidents', '2013-10-01']]);
    expect(await entry('2014-04-01')).toEqual([]);
  });

  it('leaves the retired periods out of the returns due', async () => {
    // As of 2014-11-15, in use, the police would owe Q3 2013-14 (never returned), Q1 and Q2
    // 2014-15 (ended 30 Jun and 30 Sep), with Q3 2014-15 (ends 31 Dec) due next. Retired from
    // 2014-04-01, only Q3 2013-14 is owed, and nothing is due next.
    expect(await owed('police', '2014-11-15')).toEqual([['2013-10-01'], []]);
  });

  it('drops a retired period from the missing returns of the variance bridge', async () => {
    // As of 2014-11-15 the missing returns are periods with a forecast, ended, and no figure:
    //   incidents Q3 2013-14 (before its retirement date, still missing)       1
    //   in-work Apr 2014 (forecast 15, no figure)                               1  → 2 in all.
    // Retiring in-work from 2013-06-01 (after its last figure, May 2013) leaves Apr 2014
    // unowed, so 1. in-work is not monetised: the money figures do not move.
    const before = await get('/api/programmes/tiny/variance?asOf=2014-11-15');
    expect(before.missingReturnCount).toBe(2);
    const res = await retire('in-work', { retiredFrom: '2013-06-01', reason: 'Scheme ended' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await get('/api/programmes/tiny/variance?asOf=2014-11-15');
    expect(after.missingReturnCount).toBe(1);
    expect(after.money).toEqual(before.money);
    // The council owes nothing at all: every in-work month from June 2013 is retired.
    expect(await owed('council', '2014-11-15')).toEqual([[], []]);
  });

  it('keeps the date through a workbook export read back as a pack', async () => {
    const res = await injectAs(t.app, adminSession, {
      method: 'GET',
      url: '/api/programmes/tiny/workbook.xlsx',
    });
    expect(res.statusCode).toBe(200);
    const read = await readWorkbook(res.rawPayload);
    if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
    const parsed = readPackFiles(new Map(read.sheets.files));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 5)));
    const stored = await readStoredPack(t.db, 'tiny');
    expect(parsed.pack).toEqual(stored);
    expect(parsed.pack.metrics.map((m) => [m.id, m.retiredFrom])).toEqual([
      ['incidents', '2014-04-01'],
      ['in-work', '2013-06-01'],
    ]);
    // Imported again, it changes nothing (the import reads on a worker thread from the build).
    const preview = await postWorkbook('preview', res.rawPayload);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().totalChanges).toBe(0);
    const imported = await postWorkbook('import', res.rawPayload, preview.json().sha256);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await readStoredPack(t.db, 'tiny')).toEqual(stored);
  }, 120_000);

  it('brings a metric back into use with retiredFrom null, owing its periods again', async () => {
    const res = await retire('incidents', { retiredFrom: null, reason: 'Recording resumed' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await owed('police', '2014-11-15')).toEqual([
      ['2013-10-01', '2014-04-01', '2014-07-01'],
      ['2014-10-01'],
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'metric-unretire')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail))).toContainEqual(
      expect.objectContaining({
        entityId: 'incidents',
        before: { retiredFrom: '2014-04-01' },
        after: { retiredFrom: null, reason: 'Recording resumed' },
      }),
    );
  });
});

describe('removing a metric with returns', () => {
  // The import reads the workbook on a worker thread from the build (npm run build first).
  it('is refused by a workbook import, naming the metrics sheet: retire it instead', async () => {
    const res = await injectAs(t.app, adminSession, {
      method: 'GET',
      url: '/api/programmes/tiny/workbook.xlsx',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    // Every row of in-work (which has figures for Mar, Apr and May 2013) goes, as if deleted.
    for (const name of ['metrics', 'baselines', 'forecasts', 'actuals']) {
      const sheet = workbook.getWorksheet(name);
      if (sheet === undefined) throw new Error(`no sheet ${name}`);
      for (let row = sheet.rowCount; row >= 2; row -= 1) {
        if (sheet.getRow(row).getCell(1).value === 'in-work') sheet.spliceRows(row, 1);
      }
    }
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await storeChecksum(t.db);
    const preview = await postWorkbook('preview', bytes);
    expect(preview.statusCode, preview.body).toBe(422);
    expect(preview.json().error.details.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'metrics',
        column: 'id',
        message: expect.stringContaining(
          'metric "in-work" has returned figures: retire it instead of removing it',
        ) as string,
      }),
    );
    expect(await storeChecksum(t.db)).toBe(before);
  }, 120_000);
});

// Quarterly returns through the API with real CSV and XLSX files (test/fixtures/submissions, and
// workbooks written here with exceljs): every rejection names the row and column and leaves the
// store exactly as it was; accepted files create, revise or leave figures unchanged, keep the
// original file and every row, and are audited.
//
// The tiny programme (test/fixtures/tiny): "incidents" is quarterly and returned by the police
// (pack figures: Q1 2013-14 = 95, Q2 = 85, Q3 missing, Q4 = 70); "in-work" is monthly and returned
// by the council.
import { recordSubmission } from '@outcomes/db';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  getJson,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from './helpers.js';
import { fixture, upload } from './submissions-support.js';

let t: TestApp;
let police: string;
let council: string;
let admin: string;
let board: string;

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  board = t.boardToken;
  police = (
    await createTestUser(t.db, {
      email: 'police.officer@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    })
  ).token;
  council = (
    await createTestUser(t.db, {
      email: 'council.officer@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'data-officer', partnerId: 'council' }],
    })
  ).token;
  admin = (
    await createTestUser(t.db, {
      email: 'admin@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    })
  ).token;
});
afterAll(async () => t.close());

interface ExpectedError {
  row: number | null;
  column: string | null;
  message?: RegExp;
}

/** Uploads a file that must be refused, and checks the answer and that nothing changed. */
async function expectRefused(
  file: { fileName: string; content: Buffer; token?: string },
  status: number,
  expected: ExpectedError[],
) {
  const before = await storeChecksum(t.db);
  const res = await upload(t.app, { token: police, ...file });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const errors = res.body.error.details.errors as {
    row: number | null;
    column: string | null;
    message: string;
    value: string | null;
  }[];
  expect(errors.map((e) => ({ row: e.row, column: e.column }))).toEqual(
    expected.map((e) => ({ row: e.row, column: e.column })),
  );
  expected.forEach((e, i) => {
    if (e.message) expect(errors[i]?.message).toMatch(e.message);
  });
  expect(await storeChecksum(t.db)).toBe(before);
  return res.body;
}

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Return'));
  workbook.addWorksheet('Notes').addRow(['Only the first sheet is read']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const incidentRevisions = async (periodStart: string) =>
  (await getJson(t.app, `/api/programmes/tiny/metrics/incidents/periods/${periodStart}/revisions`))
    .body;

describe('rejections: the whole file is checked and nothing is stored', () => {
  const csv = (name: string) => ({ fileName: name, content: fixture(name) });

  it('an unknown metric', async () => {
    const body = await expectRefused(csv('unknown-metric.csv'), 422, [
      { row: 3, column: 'metric_id', message: /no metric "reported-crimes"/ },
    ]);
    expect(body.error.code).toBe('invalid_submission');
    expect(body.error.details.errors[0].value).toBe('reported-crimes');
  });

  it("a metric the uploader's agency does not return: 403, the rows listed", async () => {
    const body = await expectRefused(csv('other-agency.csv'), 403, [
      {
        row: 3,
        column: 'metric_id',
        message:
          /"in-work" \(People into work\) is returned by Testshire Council, not by your agency \(Testshire Police\)/,
      },
    ]);
    expect(body.error.code).toBe('forbidden');
  });

  it('a period start that is not valid for the frequency, or not a real date', async () => {
    await expectRefused(csv('bad-period.csv'), 422, [
      {
        row: 2,
        column: 'period_start',
        message:
          /1 November 2013 does not start a period .* 1 April, 1 July, 1 October or 1 January/,
      },
      { row: 3, column: 'period_start', message: /"2013-02-30" is not a real date/ },
    ]);
  });

  it('a period that has not yet ended', async () => {
    await expectRefused(csv('future-period.csv'), 422, [
      { row: 3, column: 'period_start', message: /Q4 2098-99 has not ended yet/ },
    ]);
  });

  it('a negative value', async () => {
    await expectRefused(csv('negative-value.csv'), 422, [
      { row: 2, column: 'value', message: /-3 is negative/ },
    ]);
  });

  it('a non-numeric value (an empty one is skipped, not refused)', async () => {
    await expectRefused(csv('non-numeric-value.csv'), 422, [
      { row: 2, column: 'value', message: /"about 80" is not a number/ },
    ]);
  });

  it('the same metric-period twice in one file (dates written either way)', async () => {
    await expectRefused(csv('duplicate-rows.csv'), 422, [
      { row: 4, column: 'period_start', message: /Q3 2013-14 is also on row 2/ },
    ]);
  });

  it('a missing column', async () => {
    await expectRefused(csv('missing-column.csv'), 422, [
      { row: 1, column: 'note', message: /missing column "note"/ },
    ]);
  });

  it('an extra column', async () => {
    await expectRefused(csv('extra-column.csv'), 422, [
      { row: 1, column: 'owner', message: /unknown column "owner" \(column E\)/ },
    ]);
  });

  it('an empty file, and a header with no figures', async () => {
    await expectRefused(csv('empty.csv'), 422, [{ row: null, column: null, message: /empty/ }]);
    await expectRefused(csv('header-only.csv'), 422, [
      { row: null, column: null, message: /header row but no figures/ },
    ]);
  });

  it('a file over 5 MB: 413', async () => {
    const row = 'incidents,2013-10-01,82,' + 'x'.repeat(200) + '\n';
    const content = Buffer.from(
      'metric_id,period_start,value,note\n' + row.repeat(Math.ceil((5 * 1024 * 1024) / row.length)),
    );
    expect(content.length).toBeGreaterThan(5 * 1024 * 1024);
    const body = await expectRefused({ fileName: 'big.csv', content }, 413, [
      { row: null, column: null, message: /larger than 5 MB/ },
    ]);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('a file that is neither CSV nor XLSX, whatever its name says', async () => {
    await expectRefused(csv('picture-named.csv'), 422, [
      { row: null, column: null, message: /neither an Excel workbook \(.xlsx\) nor CSV text/ },
    ]);
    await expectRefused(csv('word-document-named.xlsx'), 422, [
      { row: null, column: null, message: /ZIP archive but not an Excel workbook/ },
    ]);
    await expectRefused(csv('windows-1252.csv'), 422, [
      { row: null, column: null, message: /not UTF-8 text.*CSV UTF-8/ },
    ]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectRefused({ fileName: 'old.xls', content: xls }, 422, [
      { row: null, column: null, message: /Excel 97-2003/ },
    ]);
  });

  it('every problem in an XLSX file, by its sheet row numbers', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow(['metric_id', 'period_start', 'value', 'note']);
      sheet.addRow(['incidents', new Date(Date.UTC(2013, 9, 1)), 82, null]);
      sheet.addRow([]); // a blank row between figures keeps its number
      sheet.addRow(['incidents', new Date(Date.UTC(2013, 10, 1)), 70, null]);
      sheet.addRow(['incidents', new Date(Date.UTC(2014, 0, 1)), -1, null]);
      sheet.addRow(['nope', '2014-01-01', 'n/a', null]);
      sheet.addRow(['in-work', '01/06/2013', 12, null]);
    });
    await expectRefused({ fileName: 'return.xlsx', content }, 403, [
      { row: 4, column: 'period_start', message: /1 November 2013 does not start a period/ },
      { row: 5, column: 'value', message: /-1 is negative/ },
      { row: 6, column: 'metric_id', message: /no metric "nope"/ },
      { row: 6, column: 'value', message: /"n\/a" is not a number/ },
      { row: 7, column: 'metric_id', message: /returned by Testshire Council/ },
    ]);
  });

  it('a missing column in an XLSX header', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow(['metric_id', 'period_start', 'value']);
      sheet.addRow(['incidents', '2013-10-01', 82]);
    });
    await expectRefused({ fileName: 'return.xlsx', content }, 422, [
      { row: 1, column: 'note', message: /missing column/ },
    ]);
  });

  it('a damaged workbook', async () => {
    const good = await xlsx((sheet) => sheet.addRow(['metric_id']));
    // Cut short: the entries' names are there, the archive's directory at its end is not.
    const cut = good.subarray(0, good.length - 200);
    await expectRefused({ fileName: 'broken.xlsx', content: cut }, 422, [
      { row: null, column: null, message: /could not be read/ },
    ]);
  });

  it('an upload with no file', async () => {
    const before = await storeChecksum(t.db);
    const res = await injectAs(
      t.app,
      { token: police },
      {
        method: 'POST',
        url: '/api/programmes/tiny/submissions',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
        payload: '--x\r\nContent-Disposition: form-data; name="confirm"\r\n\r\ntrue\r\n--x--\r\n',
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.errors[0].message).toMatch(/No file was sent/);
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

describe('who may submit', () => {
  it('refuses the board (403) and anyone not signed in (401), storing nothing', async () => {
    const before = await storeChecksum(t.db);
    const asBoard = await upload(t.app, {
      token: board,
      fileName: 'q3.csv',
      content: fixture('police-q3.csv'),
    });
    expect(asBoard.status).toBe(403);
    expect(asBoard.body.error.message).toMatch(/data officer or admin/);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/programmes/tiny/submissions',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

describe('accepted uploads', () => {
  let submissionId: number;

  it('stores a valid CSV: created, revised and unchanged', async () => {
    const content = fixture('police-q3.csv');
    const res = await upload(t.app, { token: police, fileName: 'police-q3.csv', content });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ rows: 3, created: 1, revised: 1, unchanged: 1, warnings: [] });
    submissionId = res.body.submissionId;
    expect(
      res.body.rowOutcomes.map((r: any) => [r.row, r.periodLabel, r.outcome, r.previousValue]),
    ).toEqual([
      [2, 'Q3 2013-14', 'created', null],
      [3, 'Q2 2013-14', 'unchanged', 85],
      [4, 'Q4 2013-14', 'revised', 70],
    ]);

    // Revisions: the pack's figure is kept; the upload's is current.
    const q4 = await incidentRevisions('2014-01-01');
    expect(q4.revisions.map((r: any) => [r.revision, r.value, r.source, r.current])).toEqual([
      [1, 70, 'pack', false],
      [2, 72, 'upload', true],
    ]);
    expect(q4.revisions[1]).toMatchObject({
      note: 'Corrected count',
      submissionId,
      fileName: 'police-q3.csv',
      submittedBy: { label: 'police.officer@test.local' },
    });
    expect((await incidentRevisions('2013-07-01')).revisions).toHaveLength(1);

    // The history: who, when, which file, what it did; its rows; the original file.
    const list = await getJson(t.app, '/api/programmes/tiny/submissions');
    expect(list.body.submissions[0]).toMatchObject({
      id: submissionId,
      source: 'upload',
      submittedBy: { label: 'police.officer@test.local' },
      partnerId: 'police',
      partnerName: 'Testshire Police',
      fileName: 'police-q3.csv',
      fileType: 'csv',
      fileSize: content.length,
      hasFile: true,
      rows: 3,
      created: 1,
      revised: 1,
      unchanged: 1,
    });
    const detail = await getJson(t.app, `/api/programmes/tiny/submissions/${submissionId}`);
    expect(detail.body.rows.map((r: any) => r.outcome)).toEqual([
      'created',
      'unchanged',
      'revised',
    ]);
    const file = await injectAs(
      t.app,
      { token: board },
      { method: 'GET', url: `/api/programmes/tiny/submissions/${submissionId}/file` },
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(content)).toBe(true);
    expect(file.headers['content-disposition']).toContain('police-q3.csv');

    // Audited in the same transaction: the submission and each revision.
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor'])
      .where('action', 'in', ['submission', 'actual-revision'])
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      {
        action: 'submission',
        entity_id: String(submissionId),
        actor: 'police.officer@test.local',
      },
      {
        action: 'actual-revision',
        entity_id: 'incidents/2013-10-01',
        actor: 'police.officer@test.local',
      },
      {
        action: 'actual-revision',
        entity_id: 'incidents/2014-01-01',
        actor: 'police.officer@test.local',
      },
    ]);
  });

  it('counts the same file again as all unchanged, writing no revision', async () => {
    const res = await upload(t.app, {
      token: police,
      fileName: 'police-q3.csv',
      content: fixture('police-q3.csv'),
    });
    expect(res.body).toMatchObject({ rows: 3, created: 0, revised: 0, unchanged: 3 });
    expect((await incidentRevisions('2014-01-01')).revisions).toHaveLength(2);
  });

  it('reads Excel-written CSV: BOM, CRLF, UK dates, numbers as text, trailing blank rows', async () => {
    const res = await upload(t.app, {
      token: police,
      fileName: 'excel-quirks.csv',
      content: fixture('excel-quirks.csv'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.rowOutcomes.map((r: any) => [r.row, r.periodStart, r.value, r.note])).toEqual([
      [2, '2013-10-01', 82, 'Typed in Excel'],
      [3, '2014-01-01', 72, null],
    ]);
  });

  it('reads an XLSX workbook written by exceljs: date cells, numbers as text, blank rows', async () => {
    const content = await xlsx((sheet) => {
      sheet.addRow(['metric_id', 'period_start', 'value', 'note']);
      const dated = sheet.addRow(['incidents', new Date(Date.UTC(2013, 9, 1)), 81, 'From Excel']);
      dated.getCell(2).numFmt = 'dd/mm/yyyy';
      sheet.addRow(['incidents', '01/01/2014', '73', null]);
      sheet.addRow(['incidents', 41365, '95', null]); // a date cell that lost its format
      sheet.addRow([]);
      sheet.addRow([null, null, null, '   ']);
    });
    const res = await upload(t.app, { token: police, fileName: 'return.xlsx', content });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(
      res.body.rowOutcomes.map((r: any) => [r.row, r.periodStart, r.value, r.outcome]),
    ).toEqual([
      [2, '2013-10-01', 81, 'revised'],
      [3, '2014-01-01', 73, 'revised'],
      [4, '2013-04-01', 95, 'unchanged'],
    ]);
    const list = await getJson(t.app, '/api/programmes/tiny/submissions');
    expect(list.body.submissions[0]).toMatchObject({ fileType: 'xlsx', fileName: 'return.xlsx' });
  });

  it('reads an XLSX saved the way Excel saves it (see fixtures/submissions/README.md)', async () => {
    const res = await upload(t.app, {
      token: police,
      fileName: 'excel-saved.xlsx',
      content: fixture('excel-saved.xlsx'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.rowOutcomes.map((r: any) => [r.row, r.periodStart, r.value, r.note])).toEqual([
      [2, '2013-10-01', 82, 'Returned late'],
      [3, '2014-01-01', 72, null],
    ]);
  });

  it('judges a file by its content, not its name', async () => {
    const res = await upload(t.app, {
      token: police,
      fileName: 'really-a-csv.xlsx',
      contentType: 'application/vnd.ms-excel',
      content: fixture('police-q3.csv'),
    });
    expect(res.status).toBe(201);
    const list = await getJson(t.app, '/api/programmes/tiny/submissions');
    expect(list.body.submissions[0]).toMatchObject({ fileType: 'csv' });
  });

  it("lets an admin return any partner's figures", async () => {
    const content = Buffer.from('metric_id,period_start,value,note\nin-work,2013-05-01,13,\n');
    const res = await upload(t.app, { token: admin, fileName: 'admin.csv', content });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ unchanged: 1 });
  });
});

describe('plausibility warnings', () => {
  // Q2 2013-14 is 85 and Q1 95: 200 is more than 50% away and far above the process limits.
  const implausible = Buffer.from('metric_id,period_start,value,note\nincidents,2013-07-01,200,\n');

  it('asks for confirmation, storing nothing, then stores once confirmed', async () => {
    const before = await storeChecksum(t.db);
    const first = await upload(t.app, { token: police, fileName: 'odd.csv', content: implausible });
    expect(first.status).toBe(409);
    expect(first.body.error.code).toBe('confirmation_required');
    const details = first.body.error.details;
    expect(details).toMatchObject({ rows: 1, created: 0, revised: 1, unchanged: 0 });
    expect(details.warnings.map((w: any) => [w.row, w.kind])).toEqual([
      [2, 'change'],
      [2, 'spc'],
    ]);
    expect(details.warnings[0].message).toMatch(/111% above Q1 2013-14 \(95\)/);
    expect(details.warnings[1].message).toMatch(/above the upper process limit/);
    expect(await storeChecksum(t.db)).toBe(before);

    const confirmed = await upload(t.app, {
      token: police,
      fileName: 'odd.csv',
      content: implausible,
      confirm: true,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.warnings).toHaveLength(2);
    const detail = await getJson(
      t.app,
      `/api/programmes/tiny/submissions/${confirmed.body.submissionId}`,
    );
    expect(detail.body.submission.warnings).toBe(2);
    expect(detail.body.rows[0].warnings).toHaveLength(2);
  });
});

describe('figures entered in the form', () => {
  const entries = (token: string, body: unknown) =>
    injectAs(
      t.app,
      { token },
      { method: 'POST', url: '/api/programmes/tiny/submissions/entries', payload: body as object },
    );

  it('checks entries like rows, numbering them by position', async () => {
    const before = await storeChecksum(t.db);
    const res = await entries(council, {
      entries: [
        { metricId: 'in-work', periodStart: '2013-06-01', value: '12' },
        { metricId: 'in-work', periodStart: '2013-07-01', value: 'twelve' },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'value', value: 'twelve' }),
    ]);
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('stores entered figures as a form submission', async () => {
    const res = await entries(council, {
      entries: [
        { metricId: 'in-work', periodStart: '2013-06-01', value: '13', note: 'Entered' },
        { metricId: 'in-work', periodStart: '2013-07-01', value: '14' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ created: 2 });
    const list = await getJson(t.app, '/api/programmes/tiny/submissions');
    expect(list.body.submissions[0]).toMatchObject({
      source: 'form',
      fileName: null,
      hasFile: false,
      partnerId: 'council',
    });
  });
});

describe('returns due and templates', () => {
  it('lists per partner what has ended with no figure, and what is due next', async () => {
    const { status, body } = await getJson(
      t.app,
      '/api/programmes/tiny/returns-due?asOf=2014-02-15',
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2014-02-15', from: '2013-04-01', to: '2015-03-31' });
    expect(body.partners.map((p: any) => p.partnerId)).toEqual(['council', 'police']);
    const policeOwes = body.partners.find((p: any) => p.partnerId === 'police');
    // As known on 15 Feb 2014: Q3 had not been returned (it was, later, by upload).
    expect(policeOwes.overdue.map((d: any) => d.periodLabel)).toEqual(['Q3 2013-14']);
    expect(policeOwes.overdue[0]).toMatchObject({ periodEnd: '2013-12-31', previousValue: 85 });
    expect(policeOwes.dueNext.map((d: any) => d.periodLabel)).toEqual(['Q4 2013-14']);
    const councilOwes = body.partners.find((p: any) => p.partnerId === 'council');
    expect(councilOwes.overdue.map((d: any) => d.periodLabel)).toEqual([
      'Jun 2013',
      'Jul 2013',
      'Aug 2013',
      'Sep 2013',
      'Oct 2013',
      'Nov 2013',
      'Dec 2013',
      'Jan 2014',
    ]);
    expect(councilOwes.dueNext.map((d: any) => d.periodLabel)).toEqual(['Feb 2014']);
  });

  it('drops a figure from what is owed once it is returned', async () => {
    // Today: the horizon (to March 2015) has ended, and Q3 2013-14 has been returned since.
    const { body } = await getJson(t.app, '/api/programmes/tiny/returns-due');
    const policeOwes = body.partners.find((p: any) => p.partnerId === 'police');
    expect(policeOwes.overdue.map((d: any) => d.periodLabel)).toEqual([
      'Q1 2014-15',
      'Q2 2014-15',
      'Q3 2014-15',
      'Q4 2014-15',
    ]);
    expect(policeOwes.dueNext).toEqual([]);
  });

  it('gives CSV and XLSX templates pre-filled with what is owed, named, which upload as they are', async () => {
    const url = '/api/programmes/tiny/returns-due/police/template?';
    const csv = await injectAs(
      t.app,
      { token: police },
      { method: 'GET', url: `${url}format=csv` },
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    // Beside each id: the metric's name and unit, the period, and the last figure returned
    // (Q4 2013-14's 72: the pack's 70 as revised by an upload above, the latest period with a figure).
    expect(csv.body.replace(/^\ufeff/, '').split('\r\n')).toEqual([
      'metric_id,metric,unit,period,last_value,period_start,value,note',
      'incidents,Reported incidents,incidents,Q1 2014-15,72 (Q4 2013-14),2014-04-01,,',
      'incidents,Reported incidents,incidents,Q2 2014-15,72 (Q4 2013-14),2014-07-01,,',
      'incidents,Reported incidents,incidents,Q3 2014-15,72 (Q4 2013-14),2014-10-01,,',
      'incidents,Reported incidents,incidents,Q4 2014-15,72 (Q4 2013-14),2015-01-01,,',
      '',
    ]);

    const res = await injectAs(
      t.app,
      { token: police },
      { method: 'GET', url: `${url}format=xlsx` },
    );
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'metric_id',
      'metric',
      'unit',
      'period',
      'last_value',
      'period_start',
      'value',
      'note',
    ]);
    expect(sheet.getCell('B2').value).toBe('Reported incidents');
    expect(sheet.getCell('F2').value).toBe('2014-04-01');
    // The officer fills in three of the four figures and uploads the workbook as it is: the
    // blank one is skipped, and stays owed.
    [60, 62, null, 61].forEach((v, i) => {
      sheet.getCell(`G${i + 2}`).value = v;
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = await upload(t.app, {
      token: police,
      fileName: 'template.xlsx',
      content: filled,
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toMatchObject({
      created: 3,
      skipped: [
        {
          row: 4,
          metricId: 'incidents',
          metricName: 'Reported incidents',
          periodStart: '2014-10-01',
          periodLabel: 'Q3 2014-15',
        },
      ],
    });
    const owed = await getJson(t.app, '/api/programmes/tiny/returns-due');
    const policeOwes = owed.body.partners.find((p: any) => p.partnerId === 'police');
    expect(policeOwes.overdue.map((d: any) => d.periodLabel)).toEqual(['Q3 2014-15']);
    expect(policeOwes.overdue[0]).toMatchObject({
      unit: 'incidents',
      lastValue: 61,
      lastPeriodLabel: 'Q4 2014-15',
    });

    const missing = await getJson(t.app, '/api/programmes/tiny/returns-due/nobody/template');
    expect(missing.status).toBe(404);
  });
});

describe('the entry form', () => {
  it("gives a partner's figures ending in a quarter, with the period before's", async () => {
    const latest = await getJson(t.app, '/api/programmes/tiny/returns-due/police/entry');
    expect(latest.status).toBe(200);
    expect(latest.body).toMatchObject({ quarterStart: '2015-01-01', quarterLabel: 'Q4 2014-15' });
    expect(latest.body.quarters[0]).toEqual({ start: '2015-01-01', label: 'Q4 2014-15' });
    expect(latest.body.quarters.at(-1)).toEqual({ start: '2013-04-01', label: 'Q1 2013-14' });

    const { body } = await getJson(
      t.app,
      '/api/programmes/tiny/returns-due/council/entry?quarter=2013-04-01',
    );
    expect(
      body.items.map((i: any) => [i.periodLabel, i.currentValue, i.previousLabel, i.previousValue]),
    ).toEqual([
      ['Apr 2013', 11, 'Mar 2013', 10],
      ['May 2013', 13, 'Apr 2013', 11],
      ['Jun 2013', 13, 'May 2013', 13],
    ]);
    expect(
      (await getJson(t.app, '/api/programmes/tiny/returns-due/council/entry?quarter=2013-05-01'))
        .status,
    ).toBe(404);
  });
});

describe('revisions and "as known then"', () => {
  const seriesActual = async (periodStart: string, asOf?: string) => {
    const query = asOf === undefined ? '' : `?asOf=${asOf}`;
    const { body } = await getJson(t.app, `/api/programmes/tiny/metrics/incidents/series${query}`);
    return body.periods.find((p: any) => p.periodStart === periodStart)?.actual ?? null;
  };

  it('replays a past meeting: a figure revised after asOf shows its value at asOf', async () => {
    // A correction recorded on 10 May 2016 (written straight to the store to set its time).
    await recordSubmission(t.db, {
      programmeId: 'tiny',
      source: 'upload',
      actor: { userId: null, label: 'test' },
      partnerId: 'police',
      rows: [{ row: 2, metricId: 'incidents', periodStart: '2013-04-01', value: 60, note: null }],
      at: '2016-05-10T10:00:00.000Z',
    });
    expect(await seriesActual('2013-04-01', '2016-04-30')).toBe(95);
    expect(await seriesActual('2013-04-01', '2016-05-31')).toBe(60);
    // Pack figures are known from the start: visible at any asOf after their period ends.
    expect(await seriesActual('2013-07-01', '2014-01-31')).toBe(85);
    // Every endpoint reads the same way: the summary's realised benefit moves with it.
    const realised = async (asOf: string) =>
      (await getJson(t.app, `/api/programmes/tiny/summary?asOf=${asOf}`)).body.totals
        .realisedBenefitToDate;
    expect(await realised('2016-05-31')).toBeGreaterThan(await realised('2016-04-30'));

    const q1 = await incidentRevisions('2013-04-01');
    expect(q1.revisions.map((r: any) => [r.revision, r.value, r.recordedAt])).toEqual([
      [1, 95, expect.any(String)],
      [2, 60, '2016-05-10T10:00:00.000Z'],
    ]);
  });

  it('shows an upload from the day it was recorded (the end of that day, UTC)', async () => {
    // Q4 2013-14: 70 in the pack, revised by this file's uploads.
    const { revisions } = await incidentRevisions('2014-01-01');
    const recordedOn = (revisions[1].recordedAt as string).slice(0, 10);
    const dayBefore = new Date(Date.parse(`${recordedOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(await seriesActual('2014-01-01', dayBefore)).toBe(70);
    expect(await seriesActual('2014-01-01', recordedOn)).toBe(revisions[1].value);
    expect(await seriesActual('2014-01-01')).toBe(revisions.at(-1).value);
  });

  it('answers 404 for an unknown metric and 400 for a date that starts no period', async () => {
    expect(
      (await getJson(t.app, '/api/programmes/tiny/metrics/nope/periods/2013-04-01/revisions'))
        .status,
    ).toBe(404);
    expect(
      (await getJson(t.app, '/api/programmes/tiny/metrics/incidents/periods/2013-05-01/revisions'))
        .status,
    ).toBe(400);
  });
});

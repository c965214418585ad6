// The business-case workbook through the API: export then import is the identity on the
// demonstration programme; every problem is named by sheet, row and column and nothing is stored;
// the preview lists the changes; returned figures are never rewritten; the upload is bounded.
import { readPack } from '@outcomes/db';
import { readStoredPack } from '@outcomes/db';
import { diffPacks, listActualRevisions, listBusinessCaseVersions } from '@outcomes/db';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readWorkbookOffThread } from '../src/services/programme-workbook/read-workbook-off-thread.js';
import {
  createTestUser,
  demoPackDir,
  startTestApp,
  storeChecksum,
  type TestApp,
} from './helpers.js';
import { multipartBody } from './submissions-support.js';

// Each import starts a worker thread from the build (npm run build first: see
// read-workbook-off-thread.ts), which takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const PROGRAMME = 'west-cheshire';
let t: TestApp;
let admin: string;
let finance: string;

beforeAll(async () => {
  t = await startTestApp([demoPackDir]);
  admin = (
    await createTestUser(t.db, {
      email: 'admin@test.local',
      programmeId: PROGRAMME,
      roles: [{ role: 'admin' }],
    })
  ).token;
  finance = (
    await createTestUser(t.db, {
      email: 'finance@test.local',
      programmeId: PROGRAMME,
      roles: [{ role: 'finance' }],
    })
  ).token;
}, 60_000);
afterAll(() => t.close());

async function download(url: string, token = admin) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.statusCode, bytes: res.rawPayload, headers: res.headers };
}

const exportWorkbook = async () =>
  (await download(`/api/programmes/${PROGRAMME}/workbook.xlsx`)).bytes;

async function post(
  step: 'preview' | 'import',
  bytes: Buffer,
  options: {
    sha256?: string;
    token?: string;
    accept?: string;
    versionName?: string;
    versionNote?: string;
  } = {},
) {
  const parts = [
    {
      name: 'file',
      fileName: 'business-case.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      value: bytes,
    },
  ];
  if (options.sha256 !== undefined) parts.push({ name: 'sha256', value: options.sha256 } as never);
  for (const name of ['versionName', 'versionNote'] as const) {
    const value = options[name];
    if (value !== undefined) parts.push({ name, value } as never);
  }
  const { body, contentType } = multipartBody(parts);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/programmes/${PROGRAMME}/workbook/${step}`,
    headers: {
      authorization: `Bearer ${options.token ?? admin}`,
      'content-type': contentType,
      ...(options.accept === undefined ? {} : { accept: options.accept }),
    },
    payload: body,
  });
  const json = String(res.headers['content-type']).startsWith('application/json');
  return { status: res.statusCode, body: (json ? res.json() : null) as any, res };
}

/** The exported workbook with `edit` applied, as a user would save it from Excel. */
async function edited(edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await exportWorkbook()).buffer);
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const sheet = (w: ExcelJS.Workbook, name: string) => {
  const s = w.getWorksheet(name);
  if (s === undefined) throw new Error(`no sheet ${name}`);
  return s;
};

describe('export then import is the identity on the demonstration programme', () => {
  it('reads the exported workbook back as the very pack the folder holds', async () => {
    const folder = await readPack(demoPackDir);
    if (!folder.ok) throw new Error('the demonstration pack is invalid');
    const parsed = await readWorkbookOffThread(await exportWorkbook());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 5)));
    expect(parsed.pack).toEqual(await readStoredPack(t.db, PROGRAMME));
    expect(diffPacks(folder.pack, parsed.pack).totalChanges).toBe(0);
  });

  it('previews no change and imports without changing the stored programme', async () => {
    const bytes = await exportWorkbook();
    const before = await readStoredPack(t.db, PROGRAMME);
    const preview = await post('preview', bytes);
    expect(preview.status).toBe(200);
    expect(preview.body.totalChanges).toBe(0);
    const imported = await post('import', bytes, { sha256: preview.body.sha256 });
    expect(imported.status).toBe(200);
    expect(await readStoredPack(t.db, PROGRAMME)).toEqual(before);
  });
});

describe('a workbook with problems', () => {
  it('names every problem by sheet, row, column and cell, and stores nothing', async () => {
    const bytes = await edited((w) => {
      sheet(w, 'partners').getCell('C3').value = 'wizard';
      sheet(w, 'programme').getCell('B9').value = 2; // discountRate
      sheet(w, 'metrics').getCell('J2').value = 'no-such-cost';
      sheet(w, 'forecasts').getCell('B5').value = new Date(Date.UTC(2014, 1, 14));
    });
    const checksum = await storeChecksum(t.db);
    const res = await post('preview', bytes);
    expect(res.status).toBe(422);
    const problems = res.body.error.details.problems as any[];
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'partners', row: 3, column: 'kind', cell: 'C3' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: 'programme',
        row: 9,
        cell: 'B9',
        message: expect.stringMatching(/^discountRate: 2 is not allowed/) as string,
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: 'metrics',
        row: 2,
        column: 'unit_cost_id',
        cell: 'J2',
        message: expect.stringContaining('expected an id from the unit_costs sheet') as string,
      }),
    );
    // A date cell reads as YYYY-MM-DD, then is checked as the loader checks it.
    expect(problems).toContainEqual(
      expect.objectContaining({
        sheet: 'forecasts',
        row: 5,
        column: 'period_start',
        message: expect.stringContaining('2014-02-14 does not start a') as string,
      }),
    );
    // Importing needs the digest of a successful preview; there is none for this file.
    expect((await post('import', bytes, { sha256: 'none' })).status).toBe(409);
    expect(await storeChecksum(t.db)).toBe(checksum);
  });

  it("reads a metric's persistence columns, and names a bad one by sheet, row and column", async () => {
    /** The column number of a metrics header. */
    const col = (w: ExcelJS.Workbook, name: string) =>
      (sheet(w, 'metrics').getRow(1).values as unknown[]).indexOf(name);
    const withProfile = await edited((w) => {
      const row = sheet(w, 'metrics').getRow(2);
      row.getCell(col(w, 'benefit_lag_years')).value = 1;
      row.getCell(col(w, 'persistence_years')).value = 3;
      row.getCell(col(w, 'drop_off_rate')).value = 0.25;
      row.getCell(col(w, 'persistence_source')).value = 'Test: an evaluation';
    });
    const preview = await post('preview', withProfile);
    expect(preview.status).toBe(200);
    expect(preview.body.kinds.find((c: any) => c.kind === 'metrics')).toMatchObject({
      changed: 1,
    });
    const bad = await edited((w) => {
      const row = sheet(w, 'metrics').getRow(2);
      row.getCell(col(w, 'drop_off_rate')).value = 2;
      sheet(w, 'metrics').getRow(3).getCell(col(w, 'drop_off_rate')).value = 0.5;
    });
    const checksum = await storeChecksum(t.db);
    const res = await post('preview', bad);
    expect(res.status).toBe(422);
    const problems = res.body.error.details.problems as any[];
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'metrics', row: 2, column: 'drop_off_rate' }),
    );
    // A drop-off without a source is refused too: where the profile comes from must be said.
    expect(problems).toContainEqual(
      expect.objectContaining({ sheet: 'metrics', row: 3, column: 'persistence_source' }),
    );
    expect(await storeChecksum(t.db)).toBe(checksum);
  });

  it('refuses a changed returned figure, naming its row; returns are corrected by returns', async () => {
    const bytes = await edited((w) => {
      const actuals = sheet(w, 'actuals');
      actuals.getCell('C2').value = Number(actuals.getCell('C2').value) + 1;
    });
    const res = await post('preview', bytes);
    expect(res.status).toBe(422);
    expect(res.body.error.details.problems).toEqual([
      expect.objectContaining({
        sheet: 'actuals',
        row: 2,
        column: 'value',
        cell: 'C2',
        message: expect.stringContaining('differs from the figure in force') as string,
      }),
    ]);
  });

  it('refuses what is not a workbook, a zip of too many parts, and a file past the size limit', async () => {
    const notZip = await post('preview', Buffer.from('metric_id,value\nx,1\n'));
    expect(notZip.status).toBe(422);
    expect(notZip.body.error.details.problems[0]).toMatchObject({
      sheet: null,
      message: expect.stringContaining('not an Excel workbook') as string,
    });
    const zip = new JSZip();
    for (let i = 0; i < 150; i++) zip.file(`part-${i}.xml`, '<x/>');
    const manyParts = await post('preview', await zip.generateAsync({ type: 'nodebuffer' }));
    expect(manyParts.status).toBe(422);
    expect(manyParts.body.error.details.problems[0].message).toContain('150 parts');
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', 'a'.repeat(50 * 1024 * 1024), {
      compression: 'DEFLATE',
    });
    const inflating = await post(
      'preview',
      await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    expect(inflating.status).toBe(422);
    expect(inflating.body.error.details.problems[0].message).toContain('inflates more');
    const huge = await post('preview', Buffer.alloc(10 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
  }, 60_000);
});

describe('a refreshed business case', () => {
  it('previews the changes, then imports the previewed file only, keeping returned figures', async () => {
    const folder = await readPack(demoPackDir);
    if (!folder.ok) throw new Error('invalid demo pack');
    const strandId = folder.pack.strands[0]!.id;
    const forecast = folder.pack.forecasts[0]!;
    const returned = folder.pack.actuals[0]!;
    const revisionsBefore = await listActualRevisions(
      t.db,
      PROGRAMME,
      returned.metricId,
      returned.periodStart,
    );
    const bytes = await edited((w) => {
      sheet(w, 'strands').getCell('B2').value = 'Refreshed strand';
      const forecasts = sheet(w, 'forecasts');
      forecasts.eachRow((row) => {
        if (
          row.getCell(1).value === forecast.metricId &&
          row.getCell(2).value === forecast.periodStart
        ) {
          row.getCell(3).value = forecast.value + 10;
        }
      });
      sheet(w, 'outcomes').addRow(['new-outcome', 'A new outcome']);
    });
    const preview = await post('preview', bytes);
    expect(preview.status).toBe(200);
    const kind = (k: string) => preview.body.kinds.find((c: any) => c.kind === k);
    expect(kind('strands')).toMatchObject({
      changed: 1,
      changedKeys: [strandId],
      added: 0,
      removed: 0,
    });
    expect(kind('forecasts')).toMatchObject({
      changed: 1,
      changedKeys: [`${forecast.metricId} ${forecast.periodStart}`],
    });
    expect(kind('outcomes')).toMatchObject({ added: 1, addedKeys: ['new-outcome'] });
    expect(preview.body.totalChanges).toBe(3);

    // Only the finance role: may export, may not import.
    expect((await download(`/api/programmes/${PROGRAMME}/workbook.xlsx`, finance)).status).toBe(
      200,
    );
    expect((await post('preview', bytes, { token: finance })).status).toBe(403);
    // Not the previewed file: refused.
    expect((await post('import', bytes, { sha256: '0'.repeat(64) })).status).toBe(409);

    // A version name past 120 characters is refused before anything is stored.
    const unchanged = await storeChecksum(t.db);
    const tooLong = await post('import', bytes, {
      sha256: preview.body.sha256,
      versionName: 'x'.repeat(121),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toContain('versionName: at most 120 characters');
    expect(await storeChecksum(t.db)).toBe(unchanged);

    const versionsBefore = await listBusinessCaseVersions(t.db, PROGRAMME);
    const imported = await post('import', bytes, {
      sha256: preview.body.sha256,
      versionName: '  2015 refresh ',
      versionNote: 'Mid-programme refresh agreed by the board',
    });
    expect(imported.status).toBe(200);
    // A forecast changed, so the import made the next business-case version, named as asked.
    const versionsAfter = await listBusinessCaseVersions(t.db, PROGRAMME);
    expect(versionsAfter).toHaveLength(versionsBefore.length + 1);
    expect(versionsAfter.at(-1)).toMatchObject({
      version: versionsBefore.length + 1,
      name: '2015 refresh',
      note: 'Mid-programme refresh agreed by the board (imported from the workbook business-case.xlsx)',
    });
    const stored = (await readStoredPack(t.db, PROGRAMME))!;
    expect(stored.strands[0]?.name).toBe('Refreshed strand');
    expect(stored.outcomes.map((o) => o.id)).toContain('new-outcome');
    expect(
      stored.forecasts.find(
        (f) => f.metricId === forecast.metricId && f.periodStart === forecast.periodStart,
      )?.value,
    ).toBe(forecast.value + 10);
    expect(
      await listActualRevisions(t.db, PROGRAMME, returned.metricId, returned.periodStart),
    ).toEqual(revisionsBefore);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor', 'detail'])
      .where('action', '=', 'pack-load')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor).toBe('admin@test.local');
    expect(JSON.parse(audit.detail)).toMatchObject({
      source: expect.stringMatching(/^workbook business-case\.xlsx/) as string,
      changes: expect.arrayContaining([
        expect.objectContaining({ kind: 'strands', changedKeys: [strandId] }),
      ]),
    });
  });

  it('streams the stages as NDJSON when asked, the answer last', async () => {
    const res = await post('preview', await exportWorkbook(), { accept: 'application/x-ndjson' });
    // The stream is not one JSON document: read it line by line.
    const lines = res.res.payload
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as any);
    expect(lines.map((l) => l.stage).filter(Boolean)).toEqual(
      expect.arrayContaining(['reading', 'validating', 'comparing']),
    );
    expect(lines.at(-1)).toMatchObject({ status: 200, body: { totalChanges: 0 } });
  });
});

describe('the template and the exports', () => {
  it('gives a blank template with a sheet per pack file and the pack columns', async () => {
    const res = await download('/api/programme-workbook/template.xlsx');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(res.bytes).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'read me',
      'programme',
      'partners',
      'outcomes',
      'strands',
      'unit_costs',
      'unit_cost_bearers',
      'metrics',
      'baselines',
      'forecasts',
      'actuals',
      'costs',
      'deflators',
      // Issue 18: a comparison series as the counterfactual, a sheet even when empty.
      'comparators',
    ]);
    expect(sheet(workbook, 'comparators').getRow(1).values).toEqual([
      undefined,
      'metric_id',
      'period_start',
      'value',
    ]);
    expect(sheet(workbook, 'unit_cost_bearers').getRow(1).values).toEqual([
      undefined,
      'unit_cost_id',
      'partner_id',
      'share',
    ]);
    expect(sheet(workbook, 'metrics').rowCount).toBe(1);
    // The appraisal columns of issue 18 are the pack's, so the template has them too.
    const header = (name: string) => sheet(workbook, name).getRow(1).values as unknown[];
    expect(header('unit_costs')).toEqual(expect.arrayContaining(['economic_gbp', 'social_gbp']));
    expect(header('metrics')).toEqual(
      expect.arrayContaining([
        'comparator_name',
        'comparator_source',
        'deadweight',
        'displacement',
        'leakage',
        'substitution',
        'additionality_source',
        'additionality_grade',
        // Issue 17: the first day from which no figures are due.
        'retired_from',
      ]),
    );
    // Lag, persistence and drop-off (issue 18), then retirement (issue 17), end the metrics
    // sheet in the pack's order.
    expect(header('metrics').slice(-5)).toEqual([
      'benefit_lag_years',
      'persistence_years',
      'drop_off_rate',
      'persistence_source',
      'retired_from',
    ]);
    expect(header('costs')).toEqual(
      expect.arrayContaining(['price_year', 'optimism_bias_category', 'optimism_bias']),
    );
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    await t.db
      .updateTable('partner')
      .set({ name: '=HYPERLINK("http://evil.example","x")' })
      .where('programme_id', '=', PROGRAMME)
      .where('position', '=', 0)
      .execute();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await exportWorkbook()).buffer);
    const cell = sheet(workbook, 'partners').getCell('B2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://evil.example","x")');
  });

  it('exports the pack folder as a zip the loader reads back', async () => {
    const res = await download(`/api/programmes/${PROGRAMME}/pack.zip`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(res.bytes);
    const names = Object.keys(zip.files)
      .filter((n) => !n.endsWith('/'))
      .sort();
    expect(names).toContain(`${PROGRAMME}/programme.json`);
    expect(names).toContain(`${PROGRAMME}/metrics.csv`);
    const files = new Map<string, { text: string }>();
    for (const name of names)
      files.set(name.split('/')[1]!, { text: await zip.file(name)!.async('string') });
    const { readPackFiles } = await import('@outcomes/db');
    const result = readPackFiles(files);
    expect(result.ok ? result.pack : result.errors).toEqual(await readStoredPack(t.db, PROGRAMME));
  });
});

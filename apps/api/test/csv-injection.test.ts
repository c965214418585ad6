// A partner, strand, outcome or unit cost named like a spreadsheet formula (OWASP "CSV
// injection") comes out of every CSV export as text, and every XLSX export stores it as a text
// cell. The tiny pack is copied with hostile names in place of the real ones.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEntries } from '../src/services/submissions/zip-archive.js';
import { createTestUser, injectAs, startTestApp, tinyPackDir, type TestApp } from './helpers.js';

const HOSTILE_PARTNER = '=HYPERLINK("http://evil.example","partner")';
const HOSTILE_STRAND = '+SUM(1,2)';
const HOSTILE_OUTCOME = '@cmd|calc';
const HOSTILE_UNIT_COST = '-2+3';
const HOSTILE_METRIC = '\tReported incidents';

/** The tiny pack with the police partner, a strand, an outcome, a metric and the unit cost renamed. */
function hostilePack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outcomes-hostile-pack-'));
  cpSync(tinyPackDir, dir, { recursive: true });
  const csvQuoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const edit = (file: string, from: string, to: string) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
    writeFileSync(path, text.replace(from, to));
  };
  edit('partners.csv', 'Testshire Police', csvQuoted(HOSTILE_PARTNER));
  edit('strands.csv', 'Safer Streets', csvQuoted(HOSTILE_STRAND));
  edit('outcomes.csv', 'People are safer', csvQuoted(HOSTILE_OUTCOME));
  edit('metrics.csv', 'Reported incidents', csvQuoted(HOSTILE_METRIC));
  edit('unit_costs.csv', 'incident,Incident,', `incident,${csvQuoted(HOSTILE_UNIT_COST)},`);
  return dir;
}

/** RFC 4180 fields of a CSV document (quoted fields may hold commas, quotes and line breaks). */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i += 1;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') field += text[i++];
    }
    fields.push(field);
    if (text[i] === '\r') i += 2;
    else i += 1;
  }
  return fields;
}

const isNumber = (field: string) => /^-?\d+(\.\d+)?$/.test(field);

const TINY = '/api/programmes/tiny';
const EXPORTS = [
  'benefits?groupBy=strand',
  'benefits?groupBy=partner',
  'benefits?groupBy=outcome',
  'benefits?groupBy=cashable',
  'benefits/lines',
  'costs/lines?measure=forecastCost',
  'returns',
  'equity',
  'reinvestment',
  'unit-costs',
];

let t: TestApp;
let packDir: string;
let finance: { token: string };

beforeAll(async () => {
  packDir = hostilePack();
  t = await startTestApp([packDir]);
  finance = await createTestUser(t.db, {
    email: 'finance@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'finance' }],
  });
});
afterAll(async () => {
  await t.close();
  rmSync(packDir, { recursive: true, force: true });
});

const download = (path: string, format: 'csv' | 'xlsx') =>
  injectAs(
    t.app,
    { token: finance.token },
    {
      method: 'GET',
      url: `${TINY}/${path}${path.includes('?') ? '&' : '?'}asOf=2014-04-30&format=${format}`,
    },
  );

describe('CSV exports', () => {
  it.each(EXPORTS)('%s: no text field starts a formula, and numbers stay numbers', async (path) => {
    const res = await download(path, 'csv');
    expect(res.statusCode).toBe(200);
    const fields = csvFields(res.body.replace(/^\uFEFF/, ''));
    const live = fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !isNumber(f));
    expect(live).toEqual([]);
    // A negative amount is still written as a number, not escaped.
    expect(fields.filter((f) => f.startsWith("'-") && isNumber(f.slice(1)))).toEqual([]);
  });

  it('writes the hostile partner name escaped where partners are listed', async () => {
    for (const path of ['benefits?groupBy=partner', 'equity']) {
      const fields = csvFields((await download(path, 'csv')).body);
      expect(fields, path).toContain(`'${HOSTILE_PARTNER}`);
      expect(fields, path).not.toContain(HOSTILE_PARTNER);
    }
  });

  it('escapes the hostile strand, outcome, metric and unit-cost names too', async () => {
    for (const path of ['benefits?groupBy=strand', 'returns']) {
      const fields = csvFields((await download(path, 'csv')).body);
      expect(fields, path).toContain(`'${HOSTILE_STRAND}`);
    }
    const lines = csvFields((await download('benefits/lines', 'csv')).body);
    expect(lines).toContain(`'${HOSTILE_METRIC}`);
    const byOutcome = csvFields((await download('benefits?groupBy=outcome', 'csv')).body);
    expect(byOutcome).toContain(`'${HOSTILE_OUTCOME}`);
    const unitCosts = csvFields((await download('unit-costs', 'csv')).body);
    expect(unitCosts).toContain(`'${HOSTILE_UNIT_COST}`);
  });

  it('escapes the pack export (pack.zip) through the same writer: names as text, numbers as numbers', async () => {
    const res = await injectAs(
      t.app,
      { token: finance.token },
      { method: 'GET', url: `${TINY}/pack.zip` },
    );
    expect(res.statusCode).toBe(200);
    const files = extractEntries(res.rawPayload, (name) => name.endsWith('.csv'));
    const csv = (name: string) => {
      const entry = [...files].find(([path]) => path.endsWith(name));
      if (entry === undefined) throw new Error(`pack.zip has no ${name}`);
      return csvFields(entry[1].toString('utf8'));
    };
    const partners = csv('partners.csv');
    expect(partners).toContain(`'${HOSTILE_PARTNER}`);
    expect(partners).not.toContain(HOSTILE_PARTNER);
    const unitCosts = csv('unit_costs.csv');
    expect(unitCosts).toContain(`'${HOSTILE_UNIT_COST}`);
    // The unit cost's value is written as a plain number, not escaped or quoted.
    expect(unitCosts.some((f) => isNumber(f) && Number(f) > 0)).toBe(true);
    expect(unitCosts.filter((f) => f.startsWith("'") && isNumber(f.slice(1)))).toEqual([]);
  });

  it("escapes the return template CSV through the same writer (the metric's name)", async () => {
    const officer = await createTestUser(t.db, {
      email: 'officer@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    });
    const res = await injectAs(
      t.app,
      { token: officer.token },
      {
        method: 'GET',
        url: `${TINY}/returns-due/police/template?format=csv&asOf=2014-04-30`,
      },
    );
    expect(res.statusCode).toBe(200);
    const fields = csvFields(res.body.replace(/^\uFEFF/, ''));
    expect(fields).toContain(`'${HOSTILE_METRIC}`);
    expect(fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !isNumber(f))).toEqual([]);
  });

  it('escapes the audit CSV through the same writer', async () => {
    const res = await injectAs(
      t.app,
      { token: finance.token },
      { method: 'GET', url: `${TINY}/audit.csv` },
    );
    expect(res.statusCode).toBe(200);
    const live = csvFields(res.body).filter((f) => /^[=+\-@\t\r]/.test(f) && !isNumber(f));
    expect(live).toEqual([]);
  });
});

describe('XLSX exports', () => {
  it.each(EXPORTS)('%s: hostile names are text cells, never formulas', async (path) => {
    const res = await download(path, 'xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        }
      });
    });
  });

  it('keeps the hostile partner name verbatim as a string in the partner table', async () => {
    const res = await download('benefits?groupBy=partner', 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const partner = cells.find((c) => c.value === HOSTILE_PARTNER);
    expect(partner?.type).toBe(ExcelJS.ValueType.String);
  });
});

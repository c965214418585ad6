// The hard bounds of an upload (services/submissions/upload-limits.ts), each met by a real file
// built to pass it: CSV line by line and record by record, workbooks from the ZIP directory and
// with capped inflation. Every refusal names its bound; unused parts are never inflated.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readCsvUpload } from '../src/services/submissions/read-csv-upload.js';
import { readUpload } from '../src/services/submissions/read-upload.js';
import { readXlsxUpload } from '../src/services/submissions/read-xlsx-upload.js';
import {
  UPLOAD_LIMITS,
  UploadLimitError,
  type UploadLimitName,
} from '../src/services/submissions/upload-limits.js';
import { readZipDirectory, writeZip } from '../src/services/submissions/zip-archive.js';
import {
  csvFlood,
  deflatedFill,
  sheetBomb,
  unusedMediaBomb,
  workbook,
  workbookParts,
} from './hostile-files.js';

const HEADER = 'metric_id,period_start,value,note';
const GOOD = 'incidents,2013-04-01,95,';

/** The bound a read was refused at, or null when it was not refused by one. */
async function boundPassed(read: () => unknown): Promise<UploadLimitName | null> {
  try {
    await read();
    return null;
  } catch (error) {
    if (error instanceof UploadLimitError) return error.breach.limit;
    throw error;
  }
}

describe('CSV bounds', () => {
  it('reads a file just inside every bound', async () => {
    const rows = Array.from({ length: 100 }, () => GOOD);
    const result = readCsvUpload([HEADER, ...rows].join('\n'));
    expect(result.ok && result.table.rows.length).toBe(100);
    const wide = `${HEADER}\nincidents,2013-04-01,95,${'n'.repeat(UPLOAD_LIMITS.cellLength)}`;
    expect(readCsvUpload(wide).ok).toBe(true);
  });

  it('refuses 1.6 million lines of commas at the blank-row bound, in well under a second', async () => {
    const text = csvFlood(GOOD, ',', 1_600_000).toString();
    const started = Date.now();
    expect(await boundPassed(() => readCsvUpload(text))).toBe('blankRows');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses 3 MB of blank lines at the blank-row bound', async () => {
    expect(await boundPassed(() => readCsvUpload('\n'.repeat(3_000_000)))).toBe('blankRows');
  });

  it('refuses more rows than the bound even when each is filled', async () => {
    const text = csvFlood(GOOD, GOOD, UPLOAD_LIMITS.rows).toString();
    expect(await boundPassed(() => readCsvUpload(text))).toBe('rows');
  });

  it('refuses a line, a cell and a row past their bounds, naming the place', async () => {
    const longLine = `${HEADER}\n${'x'.repeat(UPLOAD_LIMITS.lineLength + 1)}`;
    expect(await boundPassed(() => readCsvUpload(longLine))).toBe('lineLength');
    // A quoted value spanning lines keeps every physical line short: the cell bound catches it.
    const spanning = `${HEADER}\nincidents,2013-04-01,95,"${'note line\n'.repeat(1500)}"`;
    expect(await boundPassed(() => readCsvUpload(spanning))).toBe('cellLength');
    const wide = `${HEADER}\n${'a,'.repeat(UPLOAD_LIMITS.columns)}a`;
    expect(await boundPassed(() => readCsvUpload(wide))).toBe('columns');
    try {
      readCsvUpload(wide);
    } catch (error) {
      expect((error as UploadLimitError).message).toMatch(
        /more than 50 columns \(row 2\)\. Nothing was changed/,
      );
    }
  });
});

describe('workbook bounds', () => {
  const rows = [
    ['metric_id', 'period_start', 'value', 'note'],
    ['incidents', '2013-04-01', 95, null],
  ];

  it('reads a real workbook, and one rebuilt from its parts', async () => {
    const xlsx = await workbook(rows);
    const rebuilt = writeZip(workbookParts(xlsx));
    for (const file of [xlsx, rebuilt]) {
      const result = await readXlsxUpload(file);
      expect(result.ok && result.table.rows[0]?.cells).toEqual(['incidents', '2013-04-01', 95]);
    }
  });

  it('refuses a sheet unpacking to 256 MiB of spaces at the part bound, without unpacking it', async () => {
    const bomb = await sheetBomb(256 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(await boundPassed(() => readXlsxUpload(bomb))).toBe('entryBytes');
    // The cap stops inflation at 32 MiB: nowhere near the 256 MiB the sheet unpacks to.
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });

  it('stops inflating a bomb that declares a small size at the cap, whatever it declares', async () => {
    const bomb = deflatedFill(256 * 1024 * 1024);
    const parts = workbookParts(await workbook(rows)).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, ...bomb, size: 1000 } : p,
    );
    expect(await boundPassed(() => readXlsxUpload(writeZip(parts)))).toBe('entryBytes');
  });

  it('refuses a part that lies about its size, compressed past the ratio bound', async () => {
    // 8 MiB of spaces (a ratio of about 1,000) declared as 8 MiB: under the part bound, over the ratio.
    const fill = deflatedFill(8 * 1024 * 1024);
    const parts = workbookParts(await workbook(rows)).map((p) =>
      p.name === 'xl/sharedStrings.xml' ? { name: p.name, ...fill } : p,
    );
    expect(await boundPassed(() => readXlsxUpload(writeZip(parts)))).toBe('compressionRatio');
  });

  it('refuses parts that together unpack past the total bound', async () => {
    // Three sheets of 30 MiB of random-ish text: each inside the part bound, together past 64 MiB.
    const big = Buffer.alloc(30 * 1024 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = 97 + ((i * 7919) % 26);
    const parts = workbookParts(await workbook(rows));
    const extra = [2, 3, 4].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: big }));
    expect(await boundPassed(() => readXlsxUpload(writeZip([...parts, ...extra])))).toBe(
      'totalBytes',
    );
  });

  it('never inflates an unused picture, even one declaring 2 GiB of damaged data', async () => {
    const xlsx = await unusedMediaBomb(rows, 64 * 1024 * 1024);
    expect((await readXlsxUpload(xlsx)).ok).toBe(true);
    // Damaged deflate data that declares 2 GiB: inflating it would fail; it is skipped.
    const parts = workbookParts(await workbook(rows));
    const garbage = {
      name: 'xl/media/image1.png',
      deflated: Buffer.from('not deflate data at all'),
      size: 2 ** 31,
      crc: 0,
    };
    const result = await readXlsxUpload(writeZip([...parts, garbage]));
    expect(result.ok).toBe(true);
  });

  it('refuses more parts than the entry bound from the directory alone', async () => {
    const parts = workbookParts(await workbook(rows));
    const many = Array.from({ length: UPLOAD_LIMITS.zipEntries }, (_, i) => ({
      name: `docProps/custom${i}.xml`,
      data: Buffer.from('x'),
    }));
    expect(await boundPassed(() => readXlsxUpload(writeZip([...parts, ...many])))).toBe(
      'zipEntries',
    );
  });

  it('refuses a sheet past the row or column bound', async () => {
    // Written as the sheet's XML directly: exceljs takes seconds to write 20,000 rows.
    const sheetRows = Array.from(
      { length: UPLOAD_LIMITS.rows + 1 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`;
    const tall = writeZip(
      workbookParts(await workbook(rows)).map((p) =>
        p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, data: Buffer.from(sheet) } : p,
      ),
    );
    expect(await boundPassed(() => readXlsxUpload(tall))).toBe('rows');
    const wide = await workbook([Array.from({ length: UPLOAD_LIMITS.columns + 1 }, () => 'x')]);
    expect(await boundPassed(() => readXlsxUpload(wide))).toBe('columns');
  });

  it('answers a damaged or cut-short archive as an unreadable workbook, not a crash', async () => {
    const xlsx = await workbook(rows);
    for (const broken of [
      xlsx.subarray(0, xlsx.length - 10),
      xlsx.subarray(0, Math.floor(xlsx.length / 2)),
      Buffer.concat([xlsx.subarray(0, 200), Buffer.alloc(200, 0xff), xlsx.subarray(400)]),
    ]) {
      const result = await readUpload(broken);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/could not be read|neither/);
    }
    const stored = writeZip([{ name: 'xl/workbook.xml', data: deflateRawSync('x') }]);
    expect(readZipDirectory(stored)).toHaveLength(1);
    expect((await readXlsxUpload(stored)).ok).toBe(false);
  });
});

// Real hostile files for the upload tests, the fuzz run (scripts/fuzz-uploads.ts) and the
// hostile-uploads bench: workbooks as Excel writes them (exceljs), then taken apart and put
// together again with a worksheet that unpacks to gigabytes, an unused picture of gigabytes, a
// directory that lies; and CSV text past each bound.
import { createDeflateRaw, crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  extractEntries,
  writeZip,
  type ZipSource,
} from '../src/services/submissions/zip-archive.js';

export type Cell = string | number | Date | null;

/** A workbook as Excel would save it, its first sheet holding `rows`. */
export async function workbook(rows: readonly Cell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Figures');
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The parts of a workbook as stored entries, to rebuild it with some changed or added. */
export function workbookParts(xlsx: Buffer): ZipSource[] {
  return [...extractEntries(xlsx, () => true)].map(([name, data]) => ({ name, data }));
}

/** `size` bytes of `fill` deflated without ever being held whole (gigabytes take seconds). */
export async function deflatedFill(
  size: number,
  fill = ' ',
  prefix = '',
  suffix = '',
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const chunk = Buffer.alloc(16 * 1024 * 1024, fill);
  const deflate = createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const write = (b: Buffer) =>
    deflate.write(b) ? Promise.resolve() : new Promise<void>((r) => deflate.once('drain', r));
  let crc = crc32(head);
  await write(head);
  let left = size - head.length - tail.length;
  while (left > 0) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(piece, crc);
    await write(piece);
    left -= piece.length;
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  return { deflated: Buffer.concat(out), size, crc };
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
const SHEET_TAIL = '</t></is></c></row></sheetData></worksheet>';

/** A real workbook whose first sheet is one cell of `size` bytes of spaces: a zip bomb. */
export async function sheetBomb(size: number): Promise<Buffer> {
  const parts = workbookParts(await workbook([['metric_id', 'period_start', 'value', 'note']]));
  const bomb = await deflatedFill(size, ' ', SHEET_HEAD, SHEET_TAIL);
  return writeZip(
    parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, ...bomb } : p)),
  );
}

/** A real workbook of `rows` with an unused picture that unpacks to `size` bytes. */
export async function unusedMediaBomb(rows: readonly Cell[][], size: number): Promise<Buffer> {
  const parts = workbookParts(await workbook(rows));
  const media = await deflatedFill(size, '\0');
  return writeZip([...parts, { name: 'xl/media/image1.png', ...media }]);
}

/** CSV of a header, one good row, then `lines` lines of `line` (1.6 million of "," freeze a naive parser). */
export function csvFlood(goodRow: string, line: string, lines: number): Buffer {
  return Buffer.concat([
    Buffer.from(`metric_id,period_start,value,note\n${goodRow}\n`),
    Buffer.alloc(lines * (line.length + 1), `${line}\n`),
  ]);
}

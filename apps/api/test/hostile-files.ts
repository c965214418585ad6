// Real hostile files for the upload tests, the fuzz run (scripts/fuzz-uploads.ts) and the
// hostile-uploads bench: workbooks as Excel writes them (exceljs), then taken apart and put
// together again with a worksheet that unpacks to gigabytes, an unused picture of gigabytes, a
// directory that lies; and CSV text past each bound.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const PIECE = 16 * 1024 * 1024;
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

/**
 * `size` bytes of `fill` (between `prefix` and `suffix`) deflated, without ever holding or even
 * compressing them whole: one 16 MiB piece is deflated with a full flush (which makes it
 * independent of what came before), repeated, and the stream ended; gigabytes take a second.
 */
export function deflatedFill(
  size: number,
  fill = ' ',
  prefix = '',
  suffix = '',
): { deflated: Buffer; size: number; crc: number } {
  const flushed = (b: Buffer) =>
    deflateRawSync(b, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const piece = Buffer.alloc(Math.min(PIECE, Math.max(0, size - head.length - tail.length)), fill);
  const middle = size - head.length - tail.length;
  const whole = piece.length === 0 ? 0 : Math.floor(middle / piece.length);
  const rest = Buffer.alloc(middle - whole * piece.length, fill);
  const pieceDeflated = flushed(piece);
  let crc = crc32(head);
  for (let i = 0; i < whole; i++) {
    crc = crc32(piece, crc);
  }
  crc = crc32(tail, crc32(rest, crc));
  const deflated = Buffer.concat([
    flushed(head),
    ...Array.from({ length: whole }, () => pieceDeflated),
    flushed(rest),
    deflateRawSync(tail, { level: 9 }),
  ]);
  return { deflated, size, crc };
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
const SHEET_TAIL = '</t></is></c></row></sheetData></worksheet>';

/** A real workbook whose first sheet is one cell of `size` bytes of spaces: a zip bomb. */
export async function sheetBomb(size: number): Promise<Buffer> {
  const parts = workbookParts(await workbook([['metric_id', 'period_start', 'value', 'note']]));
  const bomb = deflatedFill(size, ' ', SHEET_HEAD, SHEET_TAIL);
  return writeZip(
    parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { name: p.name, ...bomb } : p)),
  );
}

/** A real workbook of `rows` with an unused picture that unpacks to `size` bytes. */
export async function unusedMediaBomb(rows: readonly Cell[][], size: number): Promise<Buffer> {
  const parts = workbookParts(await workbook(rows));
  const media = deflatedFill(size, '\0');
  return writeZip([...parts, { name: 'xl/media/image1.png', ...media }]);
}

/** CSV of a header, one good row, then `lines` lines of `line` (1.6 million of "," freeze a naive parser). */
export function csvFlood(goodRow: string, line: string, lines: number): Buffer {
  return Buffer.concat([
    Buffer.from(`metric_id,period_start,value,note\n${goodRow}\n`),
    Buffer.alloc(lines * (line.length + 1), `${line}\n`),
  ]);
}

// The first sheet of an Excel workbook into rows of cells, numbered as Excel numbers them.
// exceljs gives date cells as Date objects at UTC midnight, numbers as numbers, text as strings
// (shared strings and rich text alike); a formula counts as its cached result.
// exceljs is only ever given the parts it reads cells from, unpacked within the bounds of
// upload-limits.ts: pictures, drawings and anything else in the archive are never inflated.
import type ExcelJS from 'exceljs';
import { fileError, toTable, type RawCell, type RawRow, type ReadResult } from './raw-table.js';
import { limitError, UPLOAD_LIMITS, UploadLimitError } from './upload-limits.js';
import { extractEntries, writeZip } from './zip-archive.js';

/** The parts of a workbook exceljs needs for the cells of its sheets. */
const CELL_PARTS =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

const UNREADABLE =
  'The Excel workbook could not be read: it may be damaged or password-protected. Save it again from Excel, or as "CSV UTF-8 (Comma delimited)".';

/** The cell parts of a workbook, unpacked with bounds, as a new archive holding only them. */
function cellPartsOnly(bytes: Uint8Array): Buffer {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = extractEntries(zip, (name) => CELL_PARTS.test(name));
  return writeZip([...parts].map(([name, data]) => ({ name, data })));
}

function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    return typeof result === 'object' && 'error' in result ? result.error : result;
  }
  if ('text' in value) {
    const text: unknown = value.text;
    return typeof text === 'string' ? text : null;
  }
  return null;
}

export async function readXlsxUpload(bytes: Uint8Array): Promise<ReadResult> {
  // Loaded on the first workbook only: a worker reading CSV starts without exceljs's weight.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const archive = cellPartsOnly(bytes);
    // exceljs types its argument as an ArrayBuffer-like Buffer: give it a copy (bounded above).
    await workbook.xlsx.load(new Uint8Array(archive).buffer);
  } catch (error) {
    // A bound passed is the caller's to answer; anything else (a BrokenZipError, exceljs failing
    // on the XML) is a damaged workbook.
    if (error instanceof UploadLimitError) throw error;
    return { ok: false, errors: [fileError(UNREADABLE)] };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    return { ok: false, errors: [fileError('The workbook has no sheets')] };
  }
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > UPLOAD_LIMITS.rows) throw limitError('rows', `row ${rowNumber}`);
    if (row.cellCount > UPLOAD_LIMITS.columns) throw limitError('columns', `row ${rowNumber}`);
    const cells: RawCell[] = [];
    // row.values is 1-based with a hole at 0; cellCount is the last cell used in the row.
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = toRawCell(row.getCell(col).value);
      if (typeof cell === 'string' && cell.length > UPLOAD_LIMITS.cellLength) {
        throw limitError('cellLength', `row ${rowNumber}`);
      }
      cells.push(cell);
    }
    rows.push({ row: rowNumber, cells });
  });
  return toTable(
    rows,
    `The first sheet ("${sheet.name}") is empty: expected a header row and a row for each figure`,
  );
}

// The first sheet of an Excel workbook into rows of cells, numbered as Excel numbers them.
// exceljs gives date cells as Date objects at UTC midnight, numbers as numbers, text as strings
// (shared strings and rich text alike); a formula counts as its cached result.
import ExcelJS from 'exceljs';
import { fileError, toTable, type RawCell, type RawRow, type ReadResult } from './raw-table.js';

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
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer-like Buffer: give it a copy (at most 5 MB).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return {
      ok: false,
      errors: [
        fileError(
          'The Excel workbook could not be read: it may be damaged or password-protected. Save it again from Excel, or as "CSV UTF-8 (Comma delimited)".',
        ),
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) {
    return { ok: false, errors: [fileError('The workbook has no sheets')] };
  }
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    // row.values is 1-based with a hole at 0; cellCount is the last cell used in the row.
    for (let col = 1; col <= row.cellCount; col++) cells.push(toRawCell(row.getCell(col).value));
    rows.push({ row: rowNumber, cells });
  });
  return toTable(
    rows,
    `The first sheet ("${sheet.name}") is empty: expected a header row and a row for each figure`,
  );
}

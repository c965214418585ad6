// Reads a business-case workbook into the pack loader's in-memory files (a sheet becomes the
// rows of its pack file, numbered as Excel numbers them; the programme sheet becomes
// programme.json's value), keeping within WORKBOOK_LIMITS. Validation is not done here: the
// caller hands the files to readPackFiles, the loader's own validator.
import { decimalText, type CsvRecord, type PackFileContent } from '@outcomes/db';
import ExcelJS from 'exceljs';
import { UploadLimitError } from '../submissions/upload-limits.js';
import { BrokenZipError, extractEntries } from '../submissions/zip-archive.js';
import { WORKBOOK_LIMITS, WORKBOOK_ZIP_LIMITS } from './workbook-limits.js';
import {
  BOOLEAN_PROGRAMME_FIELDS,
  NUMERIC_PROGRAMME_FIELDS,
  PROGRAMME_FIELDS,
  PROGRAMME_SHEET,
  READ_ME_SHEET,
  WORKBOOK_SHEETS,
} from './workbook-layout.js';

/** One problem with the workbook, where a spreadsheet user would look for it. */
export interface WorkbookProblem {
  /** Null when the problem is with the file as a whole. */
  sheet: string | null;
  /** The row as Excel numbers it (the header is row 1). */
  row: number | null;
  /** The column's header (a pack column name), or null. */
  column: string | null;
  /** The cell reference such as "C7", when both row and column are known. */
  cell: string | null;
  message: string;
}

export interface WorkbookSheets {
  /** For readPackFiles, by pack file name. */
  files: [string, PackFileContent][];
  /** Each pack file's header, to name a column's letter. */
  headers: Record<string, string[]>;
  /** The programme sheet's row of each field. */
  programmeRows: Record<string, number>;
  /** Rows read, over all sheets. */
  rows: number;
}

export type ReadWorkbookResult =
  { ok: true; sheets: WorkbookSheets } | { ok: false; problems: WorkbookProblem[] };

/** 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const wholeFile = (message: string): WorkbookProblem => ({
  sheet: null,
  row: null,
  column: null,
  cell: null,
  message,
});

type Cell = { text: string } | { bool: boolean } | { problem: string };

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell as the text a CSV file would hold; a date as YYYY-MM-DD; a formula as its result. */
function cellText(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: decimalText(value) };
  if (typeof value === 'boolean') return { bool: value };
  if (value instanceof Date) return { text: isoDate(value) };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('error' in value)
    return { problem: `the cell holds the error ${value.error}; expected a value` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) {
      return { problem: 'the cell holds a formula with no saved result; type the value instead' };
    }
    if (typeof result === 'object' && 'error' in result) {
      return { problem: `the cell's formula gives the error ${result.error}; expected a value` };
    }
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value && typeof value.text === 'string') return { text: value.text };
  return { problem: 'the cell holds something other than text, a number or a date' };
}

/**
 * Every part inflated once through the bounded zip reader uploads use (entry count, per-part and
 * total size, compression ratio, checked while inflating, and each part's real size against the
 * size it declares), so that ExcelJS, which trusts the archive, only ever gets one that keeps
 * them. Null when it does; otherwise why not.
 */
function inflateWithinBounds(bytes: Uint8Array): string | null {
  try {
    const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    extractEntries(zip, () => true, WORKBOOK_ZIP_LIMITS);
    return null;
  } catch (error) {
    if (error instanceof UploadLimitError) {
      const mb = Math.round(WORKBOOK_ZIP_LIMITS.totalBytes / 1024 / 1024);
      const bound: Record<string, string> = {
        zipEntries: `it holds more than ${WORKBOOK_ZIP_LIMITS.zipEntries} parts`,
        entryBytes: `it unpacks to more than ${mb} MB`,
        totalBytes: `it unpacks to more than ${mb} MB`,
        compressionRatio: 'one of its parts inflates more than a real workbook does',
      };
      return `The workbook is refused: ${bound[error.breach.limit] ?? error.message}. Nothing was changed.`;
    }
    if (error instanceof BrokenZipError) {
      return 'The file could not be read as an Excel workbook (.xlsx): it may be damaged, password-protected or another kind of file.';
    }
    throw error;
  }
}

/**
 * The workbook's sheets as pack files. Problems found reading (limits, unknown sheets, cells
 * that are not values) are all reported; the files are returned only when there are none.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  onRows: (rows: number) => void = () => undefined,
): Promise<ReadWorkbookResult> {
  const limits = WORKBOOK_LIMITS;
  const bounded = inflateWithinBounds(bytes);
  if (bounded !== null) return { ok: false, problems: [wholeFile(bounded)] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return {
      ok: false,
      problems: [
        wholeFile(
          'The file could not be read as an Excel workbook (.xlsx): it may be damaged, password-protected or another kind of file.',
        ),
      ],
    };
  }
  const problems: WorkbookProblem[] = [];
  const problem = (sheet: string, row: number | null, column: number | null, message: string) =>
    problems.push({
      sheet,
      row,
      column: null,
      cell: row !== null && column !== null ? `${columnLetter(column)}${row}` : null,
      message,
    });

  if (workbook.worksheets.length > limits.maxSheets) {
    return {
      ok: false,
      problems: [
        wholeFile(
          `The workbook has ${workbook.worksheets.length} sheets; at most ${limits.maxSheets} are accepted`,
        ),
      ],
    };
  }
  const fileOfSheet = new Map(WORKBOOK_SHEETS.map((s) => [s.sheet, s.file]));
  const files: [string, PackFileContent][] = [];
  const headers: Record<string, string[]> = {};
  const programmeRows: Record<string, number> = {};
  let totalRows = 0;

  for (const sheet of workbook.worksheets) {
    const name = sheet.name.trim().toLowerCase();
    if (name === READ_ME_SHEET) continue;
    const file = fileOfSheet.get(name);
    if (file === undefined) {
      problem(
        sheet.name,
        null,
        null,
        `unknown sheet "${sheet.name}"; expected only the sheets ${WORKBOOK_SHEETS.map((s) => s.sheet).join(', ')} (and "${READ_ME_SHEET}")`,
      );
      continue;
    }
    if (sheet.actualRowCount > limits.maxRows) {
      problem(
        sheet.name,
        null,
        null,
        `the sheet has ${sheet.actualRowCount} rows; at most ${limits.maxRows} are accepted`,
      );
      continue;
    }
    const records: CsvRecord[] = [];
    const bools = new Map<number, boolean>();
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.cellCount > limits.maxColumns) {
        problem(
          sheet.name,
          rowNumber,
          null,
          `the row has ${row.cellCount} columns; at most ${limits.maxColumns} are accepted`,
        );
        return;
      }
      const fields: string[] = [];
      for (let col = 1; col <= row.cellCount; col++) {
        const cell = cellText(row.getCell(col).value);
        if ('problem' in cell) {
          problem(sheet.name, rowNumber, col, cell.problem);
          fields.push('');
        } else if ('bool' in cell) {
          bools.set(rowNumber, cell.bool);
          fields.push(String(cell.bool));
        } else if (cell.text.length > limits.maxCellChars) {
          problem(
            sheet.name,
            rowNumber,
            col,
            `the cell holds ${cell.text.length} characters; at most ${limits.maxCellChars} are accepted`,
          );
          fields.push('');
        } else {
          fields.push(cell.text);
        }
      }
      // Blank rows are skipped, as blank lines are in a CSV file; trailing blank cells dropped.
      while (fields.length > 0 && fields.at(-1)?.trim() === '') fields.pop();
      if (fields.length > 0) records.push({ line: rowNumber, fields });
    });
    totalRows += records.length;
    onRows(totalRows);
    headers[file] = records[0]?.fields ?? [];
    if (name === PROGRAMME_SHEET) {
      files.push([
        file,
        { value: programmeValue(sheet.name, records, bools, programmeRows, problem) },
      ]);
    } else {
      const width = records[0]?.fields.length ?? 0;
      for (const record of records.slice(1)) {
        if (record.fields.length > width) {
          problem(
            sheet.name,
            record.line,
            record.fields.length,
            `a value in column ${columnLetter(record.fields.length)}, which has no header; expected values only under the ${width} named columns`,
          );
        }
      }
      files.push([file, { records }]);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, sheets: { files, headers, programmeRows, rows: totalRows } };
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * programme.json's value from the programme sheet's field/value rows: a nested field is written
 * "ragThresholds.green"; a blank value leaves the field out (so the loader's defaults apply and
 * a missing required field is reported by the loader, naming it).
 */
function programmeValue(
  sheetName: string,
  records: readonly CsvRecord[],
  bools: ReadonlyMap<number, boolean>,
  rowOf: Record<string, number>,
  problem: (sheet: string, row: number | null, column: number | null, message: string) => void,
): Record<string, unknown> {
  const header = records[0]?.fields ?? [];
  if (header[0] !== 'field' || header[1] !== 'value' || header.length !== 2) {
    problem(sheetName, records[0]?.line ?? 1, null, 'expected the header row "field", "value"');
    return {};
  }
  const value: Record<string, unknown> = {};
  for (const { line, fields } of records.slice(1)) {
    const [field = '', raw = ''] = fields;
    if (!(PROGRAMME_FIELDS as readonly string[]).includes(field)) {
      problem(
        sheetName,
        line,
        1,
        `unknown field "${field}"; expected one of ${PROGRAMME_FIELDS.join(', ')}`,
      );
      continue;
    }
    if (rowOf[field] !== undefined) {
      problem(
        sheetName,
        line,
        1,
        `field "${field}" is given twice; it is already on row ${rowOf[field]}`,
      );
      continue;
    }
    rowOf[field] = line;
    if (raw.trim() === '') continue;
    let typed: unknown = raw;
    if (BOOLEAN_PROGRAMME_FIELDS.has(field))
      typed = bools.get(line) ?? (/^(true|false)$/i.test(raw) ? raw.toLowerCase() === 'true' : raw);
    else if (NUMERIC_PROGRAMME_FIELDS.has(field) && DECIMAL.test(raw)) typed = Number(raw);
    const path = field.split('.');
    let target = value;
    for (const key of path.slice(0, -1)) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1)!] = typed;
  }
  return value;
}

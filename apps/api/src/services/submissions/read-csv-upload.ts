// CSV text into rows of cells. Rows are numbered as a spreadsheet shows the file: one row per
// record, blank lines included, a quoted value spanning lines still one row. The bounds of
// upload-limits.ts are checked line by line and record by record, so a hostile file is refused
// at the first line past a bound, never after all its rows are held.
import { parse, type CsvError } from 'csv-parse/sync';
import { fileError, isBlank, toTable, type RawRow, type ReadResult } from './raw-table.js';
import { limitError, UPLOAD_LIMITS, UploadLimitError } from './upload-limits.js';

/** Refuses the text at its first physical line longer than the bound. */
function checkLineLengths(text: string): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline === -1 ? text.length : newline;
    if (stop - start > UPLOAD_LIMITS.lineLength) throw limitError('lineLength', `line ${line}`);
    if (newline === -1) return;
    start = newline + 1;
    line++;
  }
}

/** Counts rows and blank rows and checks each record's width and cells as it is parsed. */
function boundedRecords(): (record: string[]) => string[] {
  let rows = 0;
  let blankRows = 0;
  return (record) => {
    rows++;
    if (rows > UPLOAD_LIMITS.rows) throw limitError('rows', `row ${rows}`);
    if (record.length > UPLOAD_LIMITS.columns) throw limitError('columns', `row ${rows}`);
    if (record.some((cell) => cell.length > UPLOAD_LIMITS.cellLength)) {
      throw limitError('cellLength', `row ${rows}`);
    }
    if (record.every(isBlank) && ++blankRows > UPLOAD_LIMITS.blankRows) {
      throw limitError('blankRows', `row ${rows}`);
    }
    return record;
  };
}

export function readCsvUpload(text: string): ReadResult {
  checkLineLengths(text);
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      // A quoted value may span lines: its buffer stops growing at the bound too.
      max_record_size: UPLOAD_LIMITS.cellLength * UPLOAD_LIMITS.columns,
      on_record: boundedRecords(),
    }) as string[][];
  } catch (error) {
    if (error instanceof UploadLimitError) throw error;
    const csvError = error as CsvError;
    if (csvError.code === 'CSV_MAX_RECORD_SIZE') throw limitError('cellLength');
    const records = csvError['records'];
    const row = typeof records === 'number' ? records + 1 : null;
    const reason =
      csvError.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted value starting in this row is never closed; expected a closing double quote (")'
        : csvError.code === 'INVALID_OPENING_QUOTE'
          ? 'a double quote (") inside an unquoted value; quote the whole value and double any quote inside it ("")'
          : `the file is not valid CSV (${csvError.message})`;
    return { ok: false, errors: [{ ...fileError(reason), row }] };
  }
  const rows: RawRow[] = records.map((cells, index) => ({ row: index + 1, cells }));
  return toTable(rows, 'The file is empty: expected a header row and a row for each figure');
}

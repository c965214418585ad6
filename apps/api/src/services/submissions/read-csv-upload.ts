// CSV text into rows of cells. Rows are numbered as a spreadsheet shows the file: one row per
// record, blank lines included, a quoted value spanning lines still one row.
import { parse, type CsvError } from 'csv-parse/sync';
import { fileError, toTable, type RawRow, type ReadResult } from './raw-table.js';

export function readCsvUpload(text: string): ReadResult {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const csvError = error as CsvError;
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

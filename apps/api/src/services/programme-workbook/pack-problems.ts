// The loader's errors (file, line, column) said the way a spreadsheet user looks for them
// (sheet, row, column, cell).
import { PROGRAMME_FILE, type PackError } from '@outcomes/db';
import { columnLetter, type WorkbookProblem, type WorkbookSheets } from './read-workbook.js';
import { sheetNameOf } from './workbook-layout.js';

export function toWorkbookProblem(error: PackError, sheets: WorkbookSheets): WorkbookProblem {
  const sheet = sheetNameOf(error.file);
  if (error.file === PROGRAMME_FILE) {
    // The loader names a programme.json field; the sheet holds it on its own row, in column B.
    const row = error.column === null ? null : (sheets.programmeRows[error.column] ?? null);
    return {
      sheet,
      row,
      column: 'value',
      cell: row === null ? null : `B${row}`,
      message: error.column === null ? error.message : `${error.column}: ${error.message}`,
    };
  }
  const index =
    error.column === null ? -1 : (sheets.headers[error.file] ?? []).indexOf(error.column);
  return {
    sheet,
    row: error.line,
    column: error.column,
    cell: index === -1 || error.line === null ? null : `${columnLetter(index + 1)}${error.line}`,
    message: error.message.replace(/\b([a-z_]+)\.csv\b/g, 'the $1 sheet'),
  };
}

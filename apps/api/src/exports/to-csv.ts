// CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read "£"), written by
// the shared writer in @outcomes/core, which escapes text a spreadsheet would run as a formula.
// Every row starts with the programme and the as-of date, so a row copied elsewhere still says
// where it came from and when; money is written with two decimals.
import { toCsv as writeCsv } from '@outcomes/core';
import type { ExportTable } from './export-table.js';

/** The two leading columns (programme, as of) are text, so column i of the table is i + 2 here. */
const LEADING_COLUMNS = 2;

export function toCsv(table: ExportTable): string {
  const header = ['Programme', 'As of', ...table.columns.map((c) => c.header)];
  const rows = table.rows.map((row) => [table.programme.id, table.asOf ?? '', ...row]);
  return writeCsv(header, rows, {
    byteOrderMark: true,
    formatNumber: (n, i) =>
      table.columns[i - LEADING_COLUMNS]?.kind === 'money' ? n.toFixed(2) : String(n),
  });
}

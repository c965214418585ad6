// CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet programs read "£"). Every row
// starts with the programme and the as-of date, so a row copied elsewhere still says where it
// came from and when; money is written with two decimals.
import type { ExportCell, ExportColumnKind, ExportTable } from './export-table.js';

function field(value: ExportCell, kind: ExportColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return kind === 'money' ? value.toFixed(2) : String(value);
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: ExportTable): string {
  const header = ['Programme', 'As of', ...table.columns.map((c) => c.header)];
  const lines = [header.map((h) => field(h, 'text')).join(',')];
  for (const row of table.rows) {
    const cells = [
      field(table.programme.id, 'text'),
      field(table.asOf ?? '', 'text'),
      ...row.map((v, i) => field(v, table.columns[i]?.kind ?? 'text')),
    ];
    lines.push(cells.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

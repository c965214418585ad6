// A real spreadsheet (exceljs): a title row, the programme and as-of date, notes, then a bold
// header row (frozen, with filters) and typed cells — numbers as numbers, money formatted
// '£#,##0.00', shares as percentages — so the finance team can add up and pivot without
// re-keying anything.
import ExcelJS from 'exceljs';
import { ILLUSTRATIVE_NOTE, type ExportColumnKind, type ExportTable } from './export-table.js';

const NUMBER_FORMATS: Partial<Record<ExportColumnKind, string>> = {
  money: '£#,##0.00;-£#,##0.00',
  ratio: '0.000',
  share: '0.00%',
  integer: '#,##0',
};

const WIDTHS: Record<ExportColumnKind, number> = {
  text: 28,
  money: 16,
  ratio: 12,
  share: 12,
  number: 14,
  integer: 10,
};

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outcomes';
  workbook.title = `${table.programme.name}: ${table.title}`;
  const sheet = workbook.addWorksheet(sheetName(table.sheetName));

  const title = sheet.addRow([
    `${table.programme.name} (${table.programme.place}): ${table.title}`,
  ]);
  title.font = { bold: true, size: 14 };
  sheet.addRow(['Programme', table.programme.id]);
  if (table.asOf !== null) sheet.addRow(['As of', table.asOf]);
  if (table.programme.illustrative) {
    sheet.addRow([ILLUSTRATIVE_NOTE]);
  }
  for (const note of table.notes) sheet.addRow([note]);
  sheet.addRow([]);

  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  const headerRow = header.number;
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : v)));
    table.columns.forEach((c, i) => {
      const format = NUMBER_FORMATS[c.kind];
      if (format) added.getCell(i + 1).numFmt = format;
    });
  }
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = WIDTHS[c.kind];
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  if (table.columns.length > 0) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: table.columns.length },
    };
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

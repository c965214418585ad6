// A partner's return template: the upload's columns, one row per figure it owes (metric and
// period filled in, value and note left for the officer). The XLSX adds a second sheet naming
// each metric and period and the previous figure; uploads read only the first sheet.
import { SUBMISSION_COLUMNS, type PartnerReturns } from '@outcomes/contract';
import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** RFC 4180: quote a field holding a comma, quote or line break. */
const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function templateCsv(owed: PartnerReturns): Buffer {
  const lines = [
    SUBMISSION_COLUMNS.join(','),
    ...owed.overdue.map((d) => [d.metricId, d.periodStart, '', ''].map(csvField).join(',')),
  ];
  // A BOM, so Excel opens it as UTF-8; CRLF, as RFC 4180 writes it.
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function templateXlsx(owed: PartnerReturns, programmeName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outcomes';
  workbook.title = `${programmeName}: figures owed by ${owed.partnerName}`;

  const figures = workbook.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.columns = [
    { header: 'metric_id', key: 'metric_id', width: 40 },
    // Text, so no spreadsheet turns the date into a serial number or a US-style date.
    { header: 'period_start', key: 'period_start', width: 14, style: { numFmt: '@' } },
    { header: 'value', key: 'value', width: 12 },
    { header: 'note', key: 'note', width: 50 },
  ];
  figures.getRow(1).font = { bold: true };
  for (const d of owed.overdue) {
    figures.addRow({ metric_id: d.metricId, period_start: d.periodStart, value: null, note: null });
  }

  const guide = workbook.addWorksheet('Guide');
  guide.columns = [
    { header: 'metric_id', key: 'metricId', width: 40 },
    { header: 'metric', key: 'metricName', width: 50 },
    { header: 'period', key: 'periodLabel', width: 14 },
    { header: 'period_start', key: 'periodStart', width: 14, style: { numFmt: '@' } },
    { header: 'period_end', key: 'periodEnd', width: 14, style: { numFmt: '@' } },
    { header: 'previous period figure', key: 'previousValue', width: 22 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const d of owed.overdue) guide.addRow(d);
  guide.addRow([]);
  guide.addRow([
    'Fill in value (a number, 0 or more) and, if you wish, a note on the first sheet; then upload it. This sheet is not read.',
  ]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

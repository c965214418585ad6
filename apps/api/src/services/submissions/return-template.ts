// A partner's return template: one row per figure it owes, with the metric id and period start
// the upload needs and, beside them, what a person needs to fill it in (the metric's name and
// unit, the period, the last figure returned); value and note are left for the officer. Uploads
// read the guide columns as guidance only, and a row left blank is skipped and stays owed. The
// XLSX adds a Guide sheet; uploads read only the first sheet.
import {
  SUBMISSION_COLUMNS,
  SUBMISSION_GUIDE_COLUMNS,
  type PartnerReturns,
  type ReturnDue,
} from '@outcomes/contract';
import { toCsv } from '@outcomes/core';
import ExcelJS from 'exceljs';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every template column in order: the id, the guide beside it, then the figure to give. */
export const TEMPLATE_COLUMNS = [
  'metric_id',
  ...SUBMISSION_GUIDE_COLUMNS,
  ...SUBMISSION_COLUMNS.filter((c) => c !== 'metric_id'),
] as const;

/** "1,234 (Q3 2013-14)": the last figure and its period, or "none yet". */
const lastValueText = (d: ReturnDue): string =>
  d.lastValue === null ? 'none yet' : `${d.lastValue} (${d.lastPeriodLabel ?? ''})`;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text. */
const safeText = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** A row's text as the pack and the API have it (the CSV writer escapes it; the XLSX below). */
function templateRow(d: ReturnDue): Record<(typeof TEMPLATE_COLUMNS)[number], string> {
  return {
    metric_id: d.metricId,
    metric: d.metricName,
    unit: d.unit,
    period: d.periodLabel,
    last_value: lastValueText(d),
    period_start: d.periodStart,
    value: '',
    note: '',
  };
}

/** Through core's one CSV writer (formula-safe, RFC 4180, CRLF), with a BOM so Excel reads UTF-8. */
export function templateCsv(owed: PartnerReturns): Buffer {
  const rows = owed.overdue.map((d) => {
    const row = templateRow(d);
    return TEMPLATE_COLUMNS.map((c) => row[c]);
  });
  return Buffer.from(toCsv(TEMPLATE_COLUMNS, rows, { byteOrderMark: true }), 'utf8');
}

export async function templateXlsx(owed: PartnerReturns, programmeName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Outcomes';
  workbook.title = `${programmeName}: figures owed by ${owed.partnerName}`;

  const figures = workbook.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: Record<(typeof TEMPLATE_COLUMNS)[number], number> = {
    metric_id: 34,
    metric: 44,
    unit: 16,
    period: 14,
    last_value: 22,
    period_start: 14,
    value: 12,
    note: 40,
  };
  figures.columns = TEMPLATE_COLUMNS.map((c) => ({
    header: c,
    key: c,
    width: widths[c],
    // Text, so no spreadsheet turns the date into a serial number or a US-style date.
    ...(c === 'period_start' ? { style: { numFmt: '@' } } : {}),
  }));
  figures.getRow(1).font = { bold: true };
  for (const d of owed.overdue) {
    const row = templateRow(d);
    figures.addRow({
      ...row,
      metric: safeText(row.metric),
      unit: safeText(row.unit),
      value: null,
      note: null,
    });
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

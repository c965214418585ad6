// Answers a finance GET with its table as a CSV or XLSX download instead of JSON.
import type { FastifyReply } from 'fastify';
import type { ExportTable } from './export-table.js';
import { toCsv } from './to-csv.js';
import { toXlsx } from './to-xlsx.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ids and dates only, so the name needs no quoting beyond the usual. */
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, '-');

export async function sendExport(
  reply: FastifyReply,
  table: ExportTable,
  format: 'csv' | 'xlsx',
): Promise<FastifyReply> {
  const fileName = `${safeFileName(table.fileName)}.${format}`;
  const body = format === 'csv' ? Buffer.from(toCsv(table), 'utf8') : await toXlsx(table);
  return reply
    .code(200)
    .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(body);
}

// CSV built from the numbers already shown in a table, through the same writer as the API's
// exports (@outcomes/core): RFC 4180 quoting, CRLF line ends, and text a spreadsheet would run as a
// formula (a leading =, +, -, @, tab or carriage return) escaped with a leading apostrophe. The
// byte-order mark that makes spreadsheet programs read "£" is added by csvBlobUrl.
import { toCsv as writeCsv, type CsvCell } from '@outcomes/core';

export type CsvValue = CsvCell;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return writeCsv(header, rows);
}

// Blob URLs are cached by content so that re-renders reuse one URL; the oldest are revoked once
// more than a handful exist.
const MAX_URLS = 16;
const urlsByContent = new Map<string, string>();

export function csvBlobUrl(csv: string): string {
  const existing = urlsByContent.get(csv);
  if (existing) return existing;
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  urlsByContent.set(csv, url);
  if (urlsByContent.size > MAX_URLS) {
    const [oldestCsv, oldestUrl] = urlsByContent.entries().next().value as [string, string];
    urlsByContent.delete(oldestCsv);
    URL.revokeObjectURL(oldestUrl);
  }
  return url;
}

// CSV built from the numbers already shown in a table (RFC 4180 quoting, CRLF line ends, with a
// byte-order mark so that spreadsheet programs read "£" correctly).

export type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
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

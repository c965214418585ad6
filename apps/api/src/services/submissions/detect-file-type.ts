// What an upload is, judged by its bytes (never its name or the browser's media type): an Excel
// workbook is a ZIP archive holding xl/workbook.xml; CSV is UTF-8 text without NUL bytes.

export type DetectedFile =
  | { type: 'xlsx' }
  | { type: 'csv'; text: string }
  | { type: 'empty' }
  | { type: 'unknown'; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf8 = new TextDecoder('utf-8', { fatal: true });

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const NOT_CSV_OR_XLSX =
  'The file is neither an Excel workbook (.xlsx) nor CSV text: upload the .xlsx file, or save it ' +
  'from Excel as "CSV UTF-8 (Comma delimited)"';

export function detectFileType(bytes: Uint8Array): DetectedFile {
  if (bytes.length === 0) return { type: 'empty' };
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Entry names are stored as plain text in a ZIP's headers.
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/workbook.xml')
      ? { type: 'xlsx' }
      : {
          type: 'unknown',
          message: `${NOT_CSV_OR_XLSX}. This is a ZIP archive but not an Excel workbook (perhaps a Word or OpenDocument file).`,
        };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      type: 'unknown',
      message: `${NOT_CSV_OR_XLSX}. This looks like an Excel 97-2003 workbook (.xls): save it as .xlsx.`,
    };
  }
  if (bytes.includes(0)) return { type: 'unknown', message: `${NOT_CSV_OR_XLSX}.` };
  let text: string;
  try {
    // Also drops a leading byte-order mark.
    text = utf8.decode(bytes);
  } catch {
    return {
      type: 'unknown',
      message: `${NOT_CSV_OR_XLSX}. It is not UTF-8 text: in Excel choose "Save as" and "CSV UTF-8 (Comma delimited)".`,
    };
  }
  if (text.trim() === '') return { type: 'empty' };
  return { type: 'csv', text };
}

// The bounds a business-case workbook upload must keep, checked before and while it is read.
// An XLSX file is a zip of XML parts: a small upload can declare (or inflate to) far more, so
// the zip's own directory is checked before any part is inflated, and the reading itself runs in
// a worker thread with a heap cap and a time limit (read-workbook-off-thread.ts).

export const WORKBOOK_LIMITS = {
  /** The upload itself. The demonstration programme's workbook is about 0.2 MB. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Parts in the zip: a workbook of the pack's 13 sheets has about 25. */
  maxZipEntries: 100,
  /** The sum of the parts' uncompressed sizes as the zip declares them. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Uncompressed ÷ compressed for any one part over 1 MB: XML compresses about 10 to 1. */
  maxCompressionRatio: 200,
  /** Sheets in the workbook (the pack's 12 files and the read me). */
  maxSheets: 20,
  /** Rows in any one sheet, the header included. */
  maxRows: 200_000,
  /** Columns in any one sheet: the widest pack file has 12. */
  maxColumns: 30,
  /** Characters in any one cell. */
  maxCellChars: 10_000,
  /** The worker's heap (MB) and wall-clock time (ms): past either the read is abandoned. */
  workerHeapMb: 512,
  workerTimeoutMs: 60_000,
} as const;

/**
 * The same bounds as the zip reader uploads use (submissions/zip-archive.ts), at a workbook's
 * sizes: every part is inflated through it, each with a cap, before ExcelJS reads the file, so
 * a part whose directory entry lies about its size is refused while inflating.
 */
export const WORKBOOK_ZIP_LIMITS = {
  zipEntries: WORKBOOK_LIMITS.maxZipEntries,
  entryBytes: WORKBOOK_LIMITS.maxUncompressedBytes,
  totalBytes: WORKBOOK_LIMITS.maxUncompressedBytes,
  compressionRatio: WORKBOOK_LIMITS.maxCompressionRatio,
} as const;

export type ZipCheck =
  { ok: true; entries: number; uncompressedBytes: number } | { ok: false; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * Reads the zip's central directory (never inflating anything) and checks the entry count and
 * declared sizes against the limits. A zip64 archive is refused: no workbook within the size
 * limit needs one.
 */
export function checkZipDirectory(bytes: Uint8Array, limits = WORKBOOK_LIMITS): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return { ok: false, reason: 'it is not an Excel workbook (.xlsx)' };
  const entries = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, reason: 'it is a zip64 archive, which no workbook of this size needs' };
  }
  if (entries > limits.maxZipEntries) {
    return {
      ok: false,
      reason: `it holds ${entries} parts; at most ${limits.maxZipEntries} are accepted`,
    };
  }
  let offset = directoryOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, reason: 'its zip directory is damaged' };
    }
    const compressed = view.getUint32(offset + 20, true);
    const uncompressed = view.getUint32(offset + 24, true);
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) {
      return { ok: false, reason: 'it is a zip64 archive, which no workbook of this size needs' };
    }
    total += uncompressed;
    if (uncompressed > 1024 * 1024 && uncompressed > compressed * limits.maxCompressionRatio) {
      return { ok: false, reason: 'one of its parts inflates more than a real workbook does' };
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  if (total > limits.maxUncompressedBytes) {
    const mb = (b: number) => Math.round(b / 1024 / 1024);
    return {
      ok: false,
      reason: `it unpacks to ${mb(total)} MB; at most ${mb(limits.maxUncompressedBytes)} MB are accepted`,
    };
  }
  return { ok: true, entries, uncompressedBytes: total };
}

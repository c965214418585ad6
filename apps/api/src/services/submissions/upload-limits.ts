// The hard bounds on what one upload may make the server do. Every bound is checked while the
// file is read (a ZIP's directory before any entry is inflated, CSV record by record), so a
// hostile file is refused at the bound instead of after it has been held whole. The numbers are
// far above any real quarterly return (a programme of 50 metrics over 40 quarters is 2,000 rows)
// and far below what would strain a server.

export const UPLOAD_LIMITS = {
  /** Text: a physical line of CSV, in characters. */
  lineLength: 20_000,
  /** Cells of one value, in characters (a note may be 1,000; row errors explain the rest). */
  cellLength: 10_000,
  /** Rows of a file, blank ones included. */
  rows: 20_000,
  /** Blank rows (empty lines, or lines of commas only) anywhere in the file. */
  blankRows: 1_000,
  /** Columns of a row. */
  columns: 50,
  /** Entries in an Excel workbook's ZIP directory. */
  zipEntries: 1_000,
  /** One inflated workbook part (a sheet, the shared strings, the styles), in bytes. */
  entryBytes: 32 * 1024 * 1024,
  /** All the inflated parts read from one workbook together, in bytes. */
  totalBytes: 64 * 1024 * 1024,
  /** Inflated / compressed size of a part past 1 MiB: real sheets compress 5 to 30 times. */
  compressionRatio: 100,
  /** Heap of the worker reading one file, in MiB: past it the worker alone is stopped. */
  workerHeapMb: 256,
  /**
   * Processor time to read one file, in milliseconds (the worker thread's own, so a worker kept
   * waiting by a busy machine is not refused; past 4 times this by the clock it is stopped too).
   */
  parseMs: 30_000,
} as const;

export type UploadLimitName = keyof typeof UPLOAD_LIMITS;

/** A bound an upload went past, with what it is, the bound and what was found. */
export interface LimitBreach {
  limit: UploadLimitName;
  max: number;
  message: string;
}

/** Thrown while reading when a bound is passed; becomes a 413 naming the bound. */
export class UploadLimitError extends Error {
  constructor(readonly breach: LimitBreach) {
    super(breach.message);
    this.name = 'UploadLimitError';
  }
}

const MIB = 1024 * 1024;
const mib = (bytes: number): string => `${Math.round((bytes / MIB) * 10) / 10} MiB`;
const n = (value: number): string => value.toLocaleString('en-GB');

/** The words each bound is explained with, naming it and its value. */
export function describeLimit(limit: UploadLimitName, where = ''): string {
  const at = where === '' ? '' : ` (${where})`;
  switch (limit) {
    case 'lineLength':
      return `a line is longer than ${n(UPLOAD_LIMITS.lineLength)} characters${at}`;
    case 'cellLength':
      return `a value is longer than ${n(UPLOAD_LIMITS.cellLength)} characters${at}`;
    case 'rows':
      return `the file has more than ${n(UPLOAD_LIMITS.rows)} rows${at}`;
    case 'blankRows':
      return `the file has more than ${n(UPLOAD_LIMITS.blankRows)} blank rows${at}`;
    case 'columns':
      return `a row has more than ${n(UPLOAD_LIMITS.columns)} columns${at}`;
    case 'zipEntries':
      return `the workbook has more than ${n(UPLOAD_LIMITS.zipEntries)} parts${at}`;
    case 'entryBytes':
      return `a part of the workbook unpacks to more than ${mib(UPLOAD_LIMITS.entryBytes)}${at}`;
    case 'totalBytes':
      return `the workbook unpacks to more than ${mib(UPLOAD_LIMITS.totalBytes)}${at}`;
    case 'compressionRatio':
      return `a part of the workbook is compressed more than ${UPLOAD_LIMITS.compressionRatio} times${at}, as only a "zip bomb" is`;
    case 'workerHeapMb':
      return `reading the file needs more than ${UPLOAD_LIMITS.workerHeapMb} MiB of memory${at}`;
    case 'parseMs':
      return `reading the file takes more than ${UPLOAD_LIMITS.parseMs / 1000} seconds of work${at}`;
  }
}

export function limitError(limit: UploadLimitName, where = ''): UploadLimitError {
  return new UploadLimitError({
    limit,
    max: UPLOAD_LIMITS[limit],
    message: `The file was refused: ${describeLimit(limit, where)}. Nothing was changed.`,
  });
}

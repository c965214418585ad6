// Reads one CSV file of a pack into rows keyed by column name, each with the line it starts on.
// Structural problems (missing file, bad encoding, broken quoting, wrong field count, header not
// exactly the expected columns) become PackErrors; reading carries on so all are reported.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { restoreFormulaText } from '@outcomes/core';
import { parse, type CsvError, type InfoRecord } from 'csv-parse/sync';
import type { PackError } from './pack-error.js';
import { splitPlainCsv } from './plain-csv.js';

export interface CsvFileSpec {
  file: string;
  columns: readonly string[];
  /** Columns the header may leave out: they read as blank. */
  optionalColumns?: readonly string[];
  optional?: boolean;
}

export interface CsvRow {
  /** 1-based line the record starts on (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  rows: CsvRow[];
  /** False when a required column is missing or duplicated, so rows could not be read reliably. */
  usable: boolean;
  /** False when some record was malformed (and is missing from rows). */
  complete: boolean;
}

type Report = (error: PackError) => void;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const field of fields) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  }
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeCsvError(error: CsvError, headerLength: number | undefined): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const record = error['record'];
      const got = Array.isArray(record)
        ? plural(record.length, 'value')
        : 'a different number of values';
      const want =
        headerLength === undefined
          ? 'the header'
          : `the header has ${plural(headerLength, 'column')}`;
      return `this row has ${got} but ${want}; expected one value per column (quote a value that contains a comma)`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value starting here is never closed; expected a closing double quote (")';
    case 'INVALID_OPENING_QUOTE':
      return 'a double quote (") inside an unquoted value; quote the whole value and double any quote inside it ("")';
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'text after a closing double quote; expected a comma or the end of the line after a quoted value';
    default:
      return `the file is not valid CSV: ${error.message}`;
  }
}

function lineOf(error: CsvError): number | null {
  const lines = error['lines'];
  return typeof lines === 'number' ? lines : null;
}

async function readText(path: string, spec: CsvFileSpec, report: Report): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      reportMissingCsv(spec, report);
    } else {
      report({
        file: spec.file,
        line: null,
        column: null,
        message: `cannot read the file: ${String(error)}`,
      });
    }
    return null;
  }
  try {
    // TextDecoder also drops a leading byte-order mark.
    return utf8.decode(bytes);
  } catch {
    report({
      file: spec.file,
      line: null,
      column: null,
      message: 'the file is not UTF-8 text; save it as "CSV UTF-8 (comma delimited)"',
    });
    return null;
  }
}

/** A record of a table already split into cells: a CSV record or a worksheet row. */
export interface CsvRecord {
  /** 1-based line (CSV) or row (worksheet) the record starts on; the header is the first. */
  line: number;
  fields: string[];
}

/** Reports a required file that is absent (an optional one is not an error). */
export function reportMissingCsv(spec: CsvFileSpec, report: Report): void {
  if (spec.optional === true) return;
  report({
    file: spec.file,
    line: null,
    column: null,
    message: `the file is missing; expected ${spec.file} with the columns ${spec.columns.join(',')}`,
  });
}

export async function readCsv(
  dir: string,
  spec: CsvFileSpec,
  report: Report,
): Promise<CsvFile | null> {
  const text = await readText(join(dir, spec.file), spec, report);
  return text === null ? null : parseCsvText(text, spec, report);
}

/** Parses a CSV file's text (already decoded) and checks its header. */
export function parseCsvText(text: string, spec: CsvFileSpec, report: Report): CsvFile {
  // The quote-free fast path gives the same records and line numbers csv-parse would.
  const plain = splitPlainCsv(text);
  const read =
    plain === null
      ? parseWithCsvParse(text, spec.file, report)
      : { records: plain, complete: true };
  if (read === null) return { rows: [], usable: false, complete: false };
  // A value the pack export escaped against spreadsheet formulas (`'=...`) reads as it was.
  // In place: the records are this function's own, and a copy per row is pure garbage.
  for (const { fields } of read.records) {
    for (let i = 0; i < fields.length; i++) fields[i] = restoreFormulaText(fields[i] ?? '');
  }
  return csvFileFromRecords(spec, read.records, read.complete, report);
}

/**
 * Reads any CSV with csv-parse, reporting every malformed record (skip_records_with_error only
 * lets parsing carry on past it; nothing is relaxed). Null when the text cannot be read at all.
 */
function parseWithCsvParse(
  text: string,
  file: string,
  report: Report,
): { records: CsvRecord[]; complete: boolean } | null {
  let parsed: { record: string[]; info: InfoRecord }[];
  const skipped: CsvError[] = [];
  try {
    // With `info: true` each record comes back as { record, info }; the typings only describe the
    // plain form.
    parsed = parse(text, {
      bom: true,
      columns: false,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error !== undefined) skipped.push(error);
        return undefined;
      },
    }) as unknown as { record: string[]; info: InfoRecord }[];
  } catch (error) {
    const csvError = error as CsvError;
    report({
      file,
      line: lineOf(csvError),
      column: null,
      message: describeCsvError(csvError, undefined),
    });
    return null;
  }
  for (const error of skipped) {
    const message = describeCsvError(error, parsed[0]?.record.length);
    report({ file, line: lineOf(error), column: null, message });
  }
  // info.lines is the line a record ends on; a quoted value spanning lines starts it earlier.
  const records = parsed.map(({ record, info }) => ({
    line: info.lines - countNewlines(record),
    fields: record,
  }));
  return { records, complete: skipped.length === 0 };
}

/**
 * Checks the header (the first record) names exactly the spec's columns and keys every later
 * record by column name. `complete` is false when some record could not be read at all.
 */
export function csvFileFromRecords(
  spec: CsvFileSpec,
  records: readonly CsvRecord[],
  complete: boolean,
  report: Report,
): CsvFile {
  const { file } = spec;
  const header = records[0]?.fields;
  const headerLine = records[0]?.line ?? 1;
  if (header === undefined) {
    report({
      file,
      line: null,
      column: null,
      message: `the file is empty; expected a header row: ${spec.columns.join(',')}`,
    });
    return { rows: [], usable: false, complete: false };
  }

  const optionalColumns = spec.optionalColumns ?? [];
  const expected =
    `expected exactly the columns ${spec.columns.join(', ')} (in any order)` +
    (optionalColumns.length > 0 ? `; ${optionalColumns.join(', ')} may be left out` : '');
  let usable = true;
  const indexOf = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === '') {
      report({
        file,
        line: headerLine,
        column: null,
        message: `column ${index + 1} of the header has no name (a stray comma?); ${expected}`,
      });
    } else if (indexOf.has(name)) {
      usable = false;
      report({
        file,
        line: headerLine,
        column: name,
        message: `column "${name}" appears twice in the header; ${expected}`,
      });
    } else if (!spec.columns.includes(name)) {
      indexOf.set(name, index);
      report({
        file,
        line: headerLine,
        column: name,
        message: `unknown column "${name}"; ${expected}`,
      });
    } else {
      indexOf.set(name, index);
    }
  });
  for (const name of spec.columns) {
    if (!indexOf.has(name) && !optionalColumns.includes(name)) {
      usable = false;
      report({
        file,
        line: headerLine,
        column: name,
        message: `missing column "${name}"; ${expected}`,
      });
    }
  }
  if (!usable) return { rows: [], usable, complete: false };

  // Where each of the spec's columns sits in this file (-1: an optional column left out).
  const positions = spec.columns.map((name) => indexOf.get(name) ?? -1);
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const record = records[r] as CsvRecord;
    const values: Record<string, string> = {};
    for (let c = 0; c < positions.length; c++) {
      values[spec.columns[c] as string] = record.fields[positions[c] as number] ?? '';
    }
    rows.push({ line: record.line, values });
  }
  return { rows, usable, complete };
}

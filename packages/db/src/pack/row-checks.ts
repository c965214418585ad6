// Checks shared by every file of a pack: duplicate keys, and references to an id another file
// declares (reported once per bad cell, naming the ids it could have been).
import type { Valid } from './pack-from-rows.js';
import type { CsvFile } from './read-csv.js';
import type { Report } from './validate-pack.js';

/**
 * Ids a file declares, including rows that failed validation for another reason (so a bad row
 * is reported once, not again by every row that refers to it). Null when the file could not be
 * read in full: references to it are then not checked.
 */
export interface IdSet {
  what: string;
  file: string;
  ids: Set<string> | null;
}

export function idSet(what: string, file: string, csv: CsvFile | null, column: string): IdSet {
  const ids = readInFull(csv) ? new Set(csv.rows.map((r) => r.values[column] ?? '')) : null;
  return { what, file, ids };
}

/** Every record of the file was read (so checks that need all its rows can run). */
export function readInFull(csv: CsvFile | null): csv is CsvFile {
  return csv !== null && csv.usable && csv.complete;
}

function listIds(ids: Set<string>): string {
  const valid = [...ids].filter((id) => id !== '');
  return valid.length <= 8 ? ` (${valid.join(', ')})` : '';
}

/** The duplicate and reference checks, reporting to `report`. */
export function rowChecks(report: Report) {
  /** Reports the second and later rows with the same key. */
  function unique<T>(
    file: string,
    column: string,
    rows: Valid<T>[],
    key: (row: T) => string,
    describe: (row: T) => string,
  ): void {
    const first = new Map<string, number>();
    for (const { line, row } of rows) {
      const k = key(row);
      const seen = first.get(k);
      if (seen === undefined) first.set(k, line);
      else
        report({
          file,
          line,
          column,
          message: `duplicate ${describe(row)}; already given on line ${seen}`,
        });
    }
  }

  function ref(
    file: string,
    line: number,
    column: string,
    value: string | null,
    target: IdSet,
  ): void {
    if (value === null || target.ids === null || target.ids.has(value)) return;
    report({
      file,
      line,
      column,
      message: `unknown ${target.what} "${value}"; expected an id from ${target.file}${listIds(target.ids)}`,
    });
  }

  return { unique, ref };
}

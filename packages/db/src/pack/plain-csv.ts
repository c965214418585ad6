// A fast path for the common pack file: CSV with no double quote and no carriage return, where a
// comma always separates fields and a newline always ends a record. Such a file is split directly,
// which costs a fraction of csv-parse's per-character state machine; anything else (quotes,
// Windows line endings, a row with the wrong number of fields) returns null so that csv-parse
// reads it and words every problem exactly as before. Same records, same line numbers. Records
// come back in the reader's own shape, so a pack of half a million rows is not copied again.

import type { CsvRecord } from './read-csv.js';

/**
 * The records of `text` when it is plain CSV whose every non-empty line has as many fields as the
 * first; null otherwise. Empty lines are skipped (csv-parse's skip_empty_lines) but counted.
 */
export function splitPlainCsv(text: string): CsvRecord[] | null {
  if (text.includes('"') || text.includes('\r')) return null;
  const records: CsvRecord[] = [];
  let width = -1;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      // With no quotes a record is always one line.
      const fields = text.slice(start, end).split(',');
      if (width === -1) width = fields.length;
      else if (fields.length !== width) return null;
      records.push({ line, fields });
    }
    start = end + 1;
    line += 1;
  }
  return records;
}

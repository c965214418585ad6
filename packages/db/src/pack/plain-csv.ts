// A fast path for the common pack file: CSV with no double quote and no carriage return, where a
// comma always separates fields and a newline always ends a record. Such a file is split directly,
// which costs a fraction of csv-parse's per-character state machine; anything else (quotes,
// Windows line endings, a row with the wrong number of fields) returns null so that csv-parse
// reads it and words every problem exactly as before. Same records, same line numbers.

export interface PlainRecord {
  record: string[];
  /** The record's line (1-based); with no quotes a record is always one line. */
  line: number;
}

/**
 * The records of `text` when it is plain CSV whose every non-empty line has as many fields as the
 * first; null otherwise. Empty lines are skipped (csv-parse's skip_empty_lines) but counted.
 */
export function splitPlainCsv(text: string): PlainRecord[] | null {
  if (text.includes('"') || text.includes('\r')) return null;
  const records: PlainRecord[] = [];
  let width = -1;
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const record = text.slice(start, end).split(',');
      if (width === -1) width = record.length;
      else if (record.length !== width) return null;
      records.push({ record, line });
    }
    start = end + 1;
    line += 1;
  }
  return records;
}

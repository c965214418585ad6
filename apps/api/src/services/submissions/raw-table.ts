// An uploaded file as rows of cells, before any meaning is given to them. Row numbers are the
// ones the user sees in their spreadsheet (the header is usually row 1).
import type { SubmissionError } from '@outcomes/contract';

/** A cell as read: CSV cells are text; a workbook's may be numbers, dates or booleans. */
export type RawCell = string | number | boolean | Date | null;

export interface RawRow {
  row: number;
  cells: RawCell[];
}

export interface RawTable {
  header: RawRow;
  rows: RawRow[];
}

export type ReadResult = { ok: true; table: RawTable } | { ok: false; errors: SubmissionError[] };

export const fileError = (message: string): SubmissionError => ({
  row: null,
  column: null,
  value: null,
  message,
});

export function isBlank(cell: RawCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * The header (the first row with anything in it) and the rows after it, without blank rows
 * (Excel often leaves a few at the end).
 */
export function toTable(rows: readonly RawRow[], emptyMessage: string): ReadResult {
  const filled = rows.filter((r) => !r.cells.every(isBlank));
  const [header, ...data] = filled;
  if (header === undefined) return { ok: false, errors: [fileError(emptyMessage)] };
  return { ok: true, table: { header, rows: data } };
}

/** How a cell reads in an error message: text as is, dates as YYYY-MM-DD. */
export function cellText(cell: RawCell): string | null {
  if (cell === null) return null;
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? 'an invalid date' : cell.toISOString().slice(0, 10);
  }
  return String(cell);
}

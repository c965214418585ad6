// Reading a well-formed CSV row without zod (issue 19). Every cell schema of a pack file keeps its
// reader (fields.ts); a row is read by running those same readers in the schema's column order.
// The first cell a reader refuses stops it, and the caller hands that row to zod, which runs the
// same readers and words every error as before: the fast path can only ever accept what zod
// accepts, with the same values, because it is the same code.
import type * as z from 'zod';
import { cellReaderOf, type CellReader } from './fields.js';

/** Reads a row's cells into its typed record, or undefined when any cell is not well formed. */
export type RowReader<T> = (values: Readonly<Record<string, string>>) => T | undefined;

/**
 * A reader for rows of `shape` (a pack file's columns and their cell schemas), or undefined when
 * a column's schema was not made by fields.ts (such a file is read by zod alone).
 */
export function compileRowReader<T>(shape: Record<string, z.ZodType>): RowReader<T> | undefined {
  const columns: [string, CellReader<unknown>][] = [];
  for (const [column, schema] of Object.entries(shape)) {
    const read = cellReaderOf(schema);
    if (read === undefined) return undefined;
    columns.push([column, read]);
  }
  // A reader reports a bad cell through ctx.addIssue (and returns zod's NEVER): noted here.
  let refused = false;
  const ctx = {
    addIssue: () => {
      refused = true;
    },
  } as unknown as Parameters<CellReader<unknown>>[1];
  return (values) => {
    const row: Record<string, unknown> = {};
    for (const [column, read] of columns) {
      const text = values[column];
      // A missing cell is zod's to word ("expected string").
      if (typeof text !== 'string') return undefined;
      refused = false;
      const value = read(text, ctx);
      if (refused) return undefined;
      row[column] = value;
    }
    return row as T;
  };
}

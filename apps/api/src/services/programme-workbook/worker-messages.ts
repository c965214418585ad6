// What the workbook worker sends back to the thread that started it.
import type { Pack } from '@outcomes/db';
import type { WorkbookProblem, WorkbookSheets } from './read-workbook.js';

export type ParsedWorkbook =
  | {
      ok: true;
      pack: Pack;
      /** The row of each of pack.actuals, for messages about returned figures. */
      actualLines: number[];
      rows: number;
      sheets: WorkbookSheets;
    }
  | { ok: false; problems: WorkbookProblem[] };

/** One workbook to read, numbered so the answers can be told apart. */
export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
}

export type WorkerMessage = { id: number } & (
  | { type: 'progress'; stage: 'reading' | 'validating'; rows: number }
  | { type: 'done'; result: ParsedWorkbook }
  | { type: 'failed'; message: string }
);

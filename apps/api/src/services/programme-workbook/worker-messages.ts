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

export type WorkerMessage =
  | { type: 'progress'; stage: 'reading' | 'validating'; rows: number }
  | { type: 'done'; result: ParsedWorkbook }
  | { type: 'failed'; message: string };

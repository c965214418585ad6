// An uploaded file, judged by its bytes, into rows of cells: the work a parse worker does (see
// parse-worker.ts). Bounds passed throw UploadLimitError; everything else wrong with the file is
// an error naming the file, row and problem.
import { SUBMISSION_COLUMNS } from '@outcomes/contract';
import { detectFileType } from './detect-file-type.js';
import { fileError, type RawTable, type ReadResult } from './raw-table.js';
import { readCsvUpload } from './read-csv-upload.js';
import { readXlsxUpload } from './read-xlsx-upload.js';

export type UploadReadResult =
  { ok: true; table: RawTable; type: 'csv' | 'xlsx' } | Extract<ReadResult, { ok: false }>;

export async function readUpload(bytes: Uint8Array): Promise<UploadReadResult> {
  const detected = detectFileType(bytes);
  switch (detected.type) {
    case 'empty':
      return {
        ok: false,
        errors: [
          fileError(
            `The file is empty: expected a header row (${SUBMISSION_COLUMNS.join(',')}) and a row for each figure`,
          ),
        ],
      };
    case 'unknown':
      return { ok: false, errors: [fileError(detected.message)] };
    case 'csv':
      return withType(readCsvUpload(detected.text), 'csv');
    case 'xlsx':
      return withType(await readXlsxUpload(bytes), 'xlsx');
  }
}

const withType = (read: ReadResult, type: 'csv' | 'xlsx'): UploadReadResult =>
  read.ok ? { ...read, type } : read;

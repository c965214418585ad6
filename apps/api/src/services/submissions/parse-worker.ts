// The worker thread that reads uploaded files (see upload-parser.ts): the CSV and XLSX parsers
// run here, off the server's event loop, under the worker's own heap limit.
import { serveWorkerTasks } from '../../lib/worker-task.js';
import { readUpload } from './read-upload.js';
import type { ParseOutcome } from './upload-parser.js';
import { UploadLimitError } from './upload-limits.js';

serveWorkerTasks(async (bytes: Uint8Array): Promise<ParseOutcome> => {
  try {
    return { kind: 'read', read: await readUpload(bytes) };
  } catch (error) {
    if (error instanceof UploadLimitError) return { kind: 'limit', breach: error.breach };
    throw error;
  }
});

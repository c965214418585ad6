// The worker thread that reads and validates uploaded workbooks, so a large or hostile file never
// blocks the event loop: bytes in, the validated pack (or every problem) out, with progress
// messages on the way. One workbook at a time; the thread is kept warm between imports (its
// start-up and first run cost several times a read) by read-workbook-off-thread.ts.
import { parentPort } from 'node:worker_threads';
import { readPackFiles } from '@outcomes/db';
import { toWorkbookProblem } from './pack-problems.js';
import { readWorkbook } from './read-workbook.js';
import type { WorkerMessage, WorkerRequest } from './worker-messages.js';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function run(id: number, bytes: Uint8Array): Promise<void> {
  post({ id, type: 'progress', stage: 'reading', rows: 0 });
  const read = await readWorkbook(bytes, (rows) =>
    post({ id, type: 'progress', stage: 'reading', rows }),
  );
  if (!read.ok) {
    post({ id, type: 'done', result: { ok: false, problems: read.problems } });
    return;
  }
  post({ id, type: 'progress', stage: 'validating', rows: read.sheets.rows });
  const result = readPackFiles(new Map(read.sheets.files));
  if (!result.ok) {
    post({
      id,
      type: 'done',
      result: { ok: false, problems: result.errors.map((e) => toWorkbookProblem(e, read.sheets)) },
    });
    return;
  }
  const actuals = read.sheets.files.find(([file]) => file === 'actuals.csv')?.[1];
  const actualLines =
    actuals !== undefined && 'records' in actuals
      ? actuals.records.slice(1).map((r) => r.line)
      : [];
  post({
    id,
    type: 'done',
    result: {
      ok: true,
      pack: result.pack,
      actualLines,
      rows: read.sheets.rows,
      sheets: read.sheets,
    },
  });
}

parentPort?.on('message', (request: WorkerRequest) => {
  run(request.id, request.bytes).catch((error: unknown) => {
    post({
      id: request.id,
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  });
});

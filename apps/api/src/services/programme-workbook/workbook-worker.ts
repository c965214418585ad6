// The worker thread that reads and validates an uploaded workbook, so a large or hostile file
// never blocks the event loop: bytes in, the validated pack (or every problem) out, with
// progress messages on the way. Started by read-workbook-off-thread.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { readPackFiles } from '@outcomes/db';
import { toWorkbookProblem } from './pack-problems.js';
import { readWorkbook } from './read-workbook.js';
import type { WorkerMessage } from './worker-messages.js';

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function run(bytes: Uint8Array): Promise<void> {
  post({ type: 'progress', stage: 'reading', rows: 0 });
  const read = await readWorkbook(bytes, (rows) =>
    post({ type: 'progress', stage: 'reading', rows }),
  );
  if (!read.ok) {
    post({ type: 'done', result: { ok: false, problems: read.problems } });
    return;
  }
  post({ type: 'progress', stage: 'validating', rows: read.sheets.rows });
  const result = readPackFiles(new Map(read.sheets.files));
  if (!result.ok) {
    post({
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

run(workerData as Uint8Array).catch((error: unknown) => {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
});

// Reads and validates an uploaded workbook in a worker thread, within WORKBOOK_LIMITS: the zip's
// directory is checked first (no part inflated), then the worker runs with a capped heap and is
// stopped past the time limit, so a zip bomb or a giant sheet costs the worker, not the server.
import { Worker } from 'node:worker_threads';
import { checkZipDirectory, WORKBOOK_LIMITS } from './workbook-limits.js';
import type { ParsedWorkbook, WorkerMessage } from './worker-messages.js';

export type WorkbookProgress = (stage: 'reading' | 'validating', rows: number) => void;

const fileProblem = (message: string): ParsedWorkbook => ({
  ok: false,
  problems: [{ sheet: null, row: null, column: null, cell: null, message }],
});

/**
 * The worker script is always compiled JavaScript: Node 20 cannot give a worker thread a
 * TypeScript loader of its own. Running from the TypeScript sources (the test runner) this is
 * the build in apps/api/dist, as the two-process test uses it: run `npm run build` first.
 */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../../dist/services/programme-workbook/workbook-worker.js', import.meta.url)
    : new URL('./workbook-worker.js', import.meta.url);
}

function startWorker(bytes: Uint8Array): Worker {
  return new Worker(workerScript(), {
    workerData: bytes,
    // Not the parent's flags: under the test runner they resolve workspaces to TypeScript.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKBOOK_LIMITS.workerHeapMb },
  });
}

export async function readWorkbookOffThread(
  bytes: Uint8Array,
  onProgress: WorkbookProgress = () => undefined,
): Promise<ParsedWorkbook> {
  if (bytes.byteLength > WORKBOOK_LIMITS.maxFileBytes) {
    return fileProblem(
      `The workbook is ${Math.ceil(bytes.byteLength / 1024 / 1024)} MB; at most ${WORKBOOK_LIMITS.maxFileBytes / 1024 / 1024} MB is accepted`,
    );
  }
  const zip = checkZipDirectory(bytes);
  if (!zip.ok) return fileProblem(`The file cannot be imported: ${zip.reason}.`);

  const worker = startWorker(bytes);
  return new Promise<ParsedWorkbook>((resolve) => {
    let settled = false;
    const finish = (result: ParsedWorkbook) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          fileProblem(
            `Reading the workbook took longer than ${WORKBOOK_LIMITS.workerTimeoutMs / 1000} seconds, so it was stopped; split it or remove unused rows and formatting.`,
          ),
        ),
      WORKBOOK_LIMITS.workerTimeoutMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress(message.stage, message.rows);
      else if (message.type === 'done') finish(message.result);
      else finish(fileProblem(`The workbook could not be read: ${message.message}`));
    });
    worker.on('error', (error) =>
      finish(
        fileProblem(
          error.message.includes('heap')
            ? 'The workbook needs more memory to read than is allowed; it is too large or too complex.'
            : `The workbook could not be read: ${error.message}`,
        ),
      ),
    );
    worker.on('exit', () => finish(fileProblem('The workbook could not be read.')));
  });
}

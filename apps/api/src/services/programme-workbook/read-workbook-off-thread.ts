// Reads and validates an uploaded workbook in a worker thread, within WORKBOOK_LIMITS: the zip's
// directory is checked first (no part inflated), then one worker reads one workbook at a time
// with a capped heap, and is stopped past the time limit, so a zip bomb or a giant sheet costs
// the worker, not the server. The worker is kept between imports (starting one and its first
// read take several times as long as a warm read) and let go after a quiet spell; one that ran
// out of memory or time is replaced by a fresh one for the next workbook.
import { Worker } from 'node:worker_threads';
import { checkZipDirectory, WORKBOOK_LIMITS } from './workbook-limits.js';
import type { ParsedWorkbook, WorkerMessage, WorkerRequest } from './worker-messages.js';

export type WorkbookProgress = (stage: 'reading' | 'validating', rows: number) => void;

/** A warm worker is let go after this long without a workbook. */
const IDLE_MS = 5 * 60_000;

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

let warm: Worker | null = null;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 1;
/** Workbooks are read one after another: the heap cap then bounds the memory of them all. */
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const worker = new Worker(workerScript(), {
    // Not the parent's flags: under the test runner they resolve workspaces to TypeScript.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKBOOK_LIMITS.workerHeapMb },
  });
  // An idle worker must not keep the process alive.
  worker.unref();
  worker.on('exit', () => {
    if (warm === worker) warm = null;
  });
  return worker;
}

function retire(worker: Worker): void {
  if (warm === worker) warm = null;
  void worker.terminate();
}

function readInWorker(bytes: Uint8Array, onProgress: WorkbookProgress): Promise<ParsedWorkbook> {
  clearTimeout(idleTimer);
  const worker = warm ?? startWorker();
  warm = worker;
  const id = nextId++;
  return new Promise<ParsedWorkbook>((resolve) => {
    const finish = (result: ParsedWorkbook, keep: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) {
        idleTimer = setTimeout(() => retire(worker), IDLE_MS);
        idleTimer.unref();
      } else {
        retire(worker);
      }
      resolve(result);
    };
    const onMessage = (message: WorkerMessage) => {
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress(message.stage, message.rows);
      else if (message.type === 'done') finish(message.result, true);
      else finish(fileProblem(`The workbook could not be read: ${message.message}`), false);
    };
    const onError = (error: Error) =>
      finish(
        fileProblem(
          error.message.includes('memory')
            ? 'The workbook needs more memory to read than is allowed; it is too large or too complex.'
            : `The workbook could not be read: ${error.message}`,
        ),
        false,
      );
    const onExit = () => finish(fileProblem('The workbook could not be read.'), false);
    const timer = setTimeout(
      () =>
        finish(
          fileProblem(
            `Reading the workbook took longer than ${WORKBOOK_LIMITS.workerTimeoutMs / 1000} seconds, so it was stopped; split it or remove unused rows and formatting.`,
          ),
          false,
        ),
      WORKBOOK_LIMITS.workerTimeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const request: WorkerRequest = { id, bytes };
    worker.postMessage(request);
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
  const turn = queue.then(() => readInWorker(bytes, onProgress));
  queue = turn.catch(() => undefined);
  return turn;
}

/** Lets the warm worker go now (the benchmark uses it to time a cold import). */
export function stopWorkbookWorker(): void {
  clearTimeout(idleTimer);
  if (warm !== null) retire(warm);
}

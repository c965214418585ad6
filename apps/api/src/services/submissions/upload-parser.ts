// Reading uploads off the event loop, a few at a time: a pool of worker threads (see
// lib/worker-pool.ts) with a bounded queue for everyone (503 when full) and turns per user (429
// when a user already has uploads running and waiting). A file past a bound, a parse that runs
// out of its worker's memory or time, is a 413 naming the bound; the server itself goes on.
import { availableParallelism } from 'node:os';
import { ApiError } from '../../lib/api-error.js';
import { KeyedQueue, KeyedQueueFullError } from '../../lib/keyed-queue.js';
import {
  PoolFullError,
  TaskAbortedError,
  TaskTimeoutError,
  WorkerOutOfMemoryError,
  WorkerPool,
} from '../../lib/worker-pool.js';
import { fileError } from './raw-table.js';
import type { UploadReadResult } from './read-upload.js';
import { limitError, UPLOAD_LIMITS, type LimitBreach } from './upload-limits.js';

export type ParseOutcome =
  { kind: 'read'; read: UploadReadResult } | { kind: 'limit'; breach: LimitBreach };

export interface UploadParserOptions {
  /** Files read at once, server-wide (worker threads). */
  workers: number;
  /** Uploads waiting for a worker, server-wide; past it 503. */
  maxQueue: number;
  /** Uploads of one user read at once, and waiting their turn; past them 429. */
  perUserConcurrency: number;
  perUserQueue: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterSeconds: number;
  /** Start the workers with the server instead of on the first upload (the server does). */
  prestart: boolean;
}

export const defaultUploadParserOptions: UploadParserOptions = {
  // One core stays with the event loop on a small machine.
  workers: Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxQueue: 16,
  perUserConcurrency: 1,
  perUserQueue: 2,
  retryAfterSeconds: 5,
  prestart: false,
};

/** An error that tells the client when to try again (the route sets Retry-After from it). */
export class RetryLaterError extends ApiError {
  constructor(
    statusCode: 429 | 503,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(statusCode, statusCode === 429 ? 'too_many_requests' : 'service_unavailable', message);
  }
}

/** The client went away while its upload waited or was read: nothing more is done for it. */
export class UploadAbandonedError extends ApiError {
  constructor() {
    super(499, 'client_closed_request', 'The upload was abandoned by the client.');
  }
}

/** 413 naming the bound passed, in the submission error shape the web app lists. */
export function limitRefusal(breach: LimitBreach): ApiError {
  return new ApiError(413, 'upload_limit_exceeded', breach.message, {
    errors: [fileError(breach.message)],
    limit: breach.limit,
    max: breach.max,
  });
}

export class UploadParser {
  private readonly pool: WorkerPool<Uint8Array, ParseOutcome>;
  private readonly turns: KeyedQueue;

  constructor(private readonly options: UploadParserOptions) {
    const compiled = import.meta.url.endsWith('.ts') ? 'parse-worker.ts' : 'parse-worker.js';
    this.pool = new WorkerPool({
      entry: new URL(compiled, import.meta.url),
      size: options.workers,
      maxQueue: options.maxQueue,
      resourceLimits: {
        maxOldGenerationSizeMb: UPLOAD_LIMITS.workerHeapMb,
        maxYoungGenerationSizeMb: 32,
        // Uploads are at most SUBMISSION_MAX_BYTES; the stack stays Node's default.
      },
      taskTimeoutMs: UPLOAD_LIMITS.parseMs,
      idleMs: 30_000,
      keepWarm: options.prestart ? 1 : 0,
      recycleHeapMb: 64,
    });
    this.turns = new KeyedQueue(options.perUserConcurrency, options.perUserQueue);
    if (options.prestart) this.pool.prestart();
  }

  /** Waits for the user's turn (429 when they already have too many uploads on the way). */
  async turnFor(userId: string, signal: AbortSignal): Promise<() => void> {
    try {
      return await this.turns.acquire(userId, signal);
    } catch (error) {
      if (error instanceof KeyedQueueFullError) {
        throw new RetryLaterError(
          429,
          `You already have ${this.options.perUserConcurrency + this.options.perUserQueue} uploads being read or waiting: wait for them to finish, then send this one again. Nothing was changed.`,
          this.options.retryAfterSeconds,
        );
      }
      throw new UploadAbandonedError();
    }
  }

  /** Reads a file on a worker; the bytes are handed over to it (the caller keeps a copy). */
  async read(bytes: Buffer, signal: AbortSignal): Promise<UploadReadResult> {
    const copy = new Uint8Array(bytes);
    let outcome: ParseOutcome;
    try {
      outcome = await this.pool.run(copy, { signal, transfer: [copy.buffer] });
    } catch (error) {
      if (error instanceof PoolFullError) {
        throw new RetryLaterError(
          503,
          'The server is reading as many uploads as it can: send the file again in a few seconds. Nothing was changed.',
          this.options.retryAfterSeconds,
        );
      }
      if (error instanceof TaskTimeoutError) throw limitRefusal(limitError('parseMs').breach);
      if (error instanceof WorkerOutOfMemoryError) {
        throw limitRefusal(limitError('workerHeapMb').breach);
      }
      if (error instanceof TaskAbortedError) throw new UploadAbandonedError();
      throw error;
    }
    if (outcome.kind === 'limit') throw limitRefusal(outcome.breach);
    return outcome.read;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

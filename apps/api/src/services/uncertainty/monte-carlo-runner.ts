// Monte Carlo runs off the event loop, on a small pool of worker threads (lib/worker-pool.ts):
// the route builds the fast NPV model (one evaluation) and hands the worker plain data; the
// worker draws and returns the percentiles. A full queue is a 503 with Retry-After.
import type { MonteCarloResult, NpvModel } from '@outcomes/core';
import { ApiError } from '../../lib/api-error.js';
import { PoolFullError, TaskTimeoutError, WorkerPool } from '../../lib/worker-pool.js';

export interface MonteCarloTask {
  model: NpvModel;
  seed: number;
  draws: number;
}

export type MonteCarloTaskResult = MonteCarloResult & { elapsedMs: number };

/** 100,000 draws of the demonstration programme take well under a second: a wide margin. */
const TASK_TIMEOUT_MS = 20_000;

export class MonteCarloRunner {
  private readonly pool: WorkerPool<MonteCarloTask, MonteCarloTaskResult>;

  constructor() {
    const compiled = import.meta.url.endsWith('.ts')
      ? 'monte-carlo-worker.ts'
      : 'monte-carlo-worker.js';
    this.pool = new WorkerPool({
      entry: new URL(compiled, import.meta.url),
      size: 1,
      maxQueue: 8,
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 },
      taskTimeoutMs: TASK_TIMEOUT_MS,
      idleMs: 60_000,
      recycleHeapMb: 96,
    });
  }

  async run(task: MonteCarloTask, signal?: AbortSignal): Promise<MonteCarloTaskResult> {
    try {
      return await this.pool.run(task, { signal });
    } catch (error) {
      if (error instanceof PoolFullError) {
        throw new ApiError(
          503,
          'service_unavailable',
          'The server is running as many Monte Carlo runs as it can: try again in a few seconds.',
        );
      }
      if (error instanceof TaskTimeoutError) {
        throw new ApiError(
          503,
          'service_unavailable',
          `The Monte Carlo run took longer than ${TASK_TIMEOUT_MS / 1000} seconds and was stopped.`,
        );
      }
      throw error;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

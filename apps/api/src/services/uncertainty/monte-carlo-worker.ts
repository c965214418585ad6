// The worker thread that runs Monte Carlo draws (see monte-carlo-runner.ts): ten thousand NPV
// evaluations are quick, but not quick enough to hold the server's event loop for.
import { performance } from 'node:perf_hooks';
import { runMonteCarlo } from '@outcomes/core';
import { serveWorkerTasks } from '../../lib/worker-task.js';
import type { MonteCarloTask, MonteCarloTaskResult } from './monte-carlo-runner.js';

serveWorkerTasks(async (task: MonteCarloTask): Promise<MonteCarloTaskResult> => {
  const started = performance.now();
  const result = runMonteCarlo(task.model, { seed: task.seed, draws: task.draws });
  return { ...result, elapsedMs: performance.now() - started };
});

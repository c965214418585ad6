// The worker side of WorkerPool: answers each message with the handler's output and the
// worker's heap in use, so the pool can stop a worker that grew large.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from './worker-pool.js';

export function serveWorkerTasks<In, Out>(handler: (input: In) => Promise<Out>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorkerTasks runs in a worker thread only');
  port.on('message', (input: In) => {
    void (async () => {
      let reply: WorkerReply<Out>;
      try {
        const output = await handler(input);
        reply = { ok: true, output, heapUsedBytes: getHeapStatistics().used_heap_size };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        reply = { ok: false, message, heapUsedBytes: getHeapStatistics().used_heap_size };
      }
      port.postMessage(reply);
    })();
  });
}

// The worker side of WorkerPool: answers each message with the handler's output and the
// worker's heap in use, so the pool can stop a worker that grew large.
import { setPriority } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { currentThreadId } from './thread-cpu.js';
import type { WorkerReply } from './worker-pool.js';

export function serveWorkerTasks<In, Out>(handler: (input: In) => Promise<Out>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveWorkerTasks runs in a worker thread only');
  lowerPriority();
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
  // The pool limits a task by this thread's processor time: it needs the thread's kernel id.
  port.postMessage({ ready: true, threadId: currentThreadId() } satisfies WorkerReply<Out>);
}

/**
 * Background work yields the CPU to the event loop: on Linux a thread has its own nice value, and
 * setpriority(0) sets the calling thread's, so the server's main thread keeps answering reads
 * promptly on a small machine while a worker parses. Nice 10 is safe because the pool's time
 * limit counts the worker's processor time, not the time it waited for the processor. Elsewhere
 * it may not apply: ignored.
 */
function lowerPriority(): void {
  try {
    setPriority(0, 10);
  } catch {
    // Not permitted or not supported: the worker runs at normal priority.
  }
}

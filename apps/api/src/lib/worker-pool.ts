// A small pool of worker threads for work that must not run on the event loop (reading uploaded
// files). Each worker does one task at a time; tasks past the pool's size wait in a bounded
// queue. A task that uses too much processor time (its worker thread's own, read from /proc, so
// a low-priority worker kept waiting on a busy machine is not blamed; the wall clock is only a
// backstop), is abandoned (its AbortSignal fires) or makes its worker run
// out of memory stops that worker alone (worker.terminate, which frees the worker's whole heap);
// the server goes on and the next task gets a fresh worker. Workers whose heap grew past
// `recycleHeapMb` are stopped after their task, and idle ones after `idleMs`, so the memory a big
// file needed is given back.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { threadCpuMs } from './thread-cpu.js';

export interface WorkerPoolOptions {
  /** The worker module (see serveWorkerTasks); a .ts module is run through tsx, for tests. */
  entry: URL;
  /** Workers running at once. */
  size: number;
  /** Tasks waiting for a worker at most; past it run() throws PoolFullError. */
  maxQueue: number;
  resourceLimits: ResourceLimits;
  /**
   * A task whose worker thread has used this much processor time is stopped (TaskTimeoutError).
   * Where the thread's time cannot be read (not Linux), it is wall-clock time instead.
   */
  taskTimeoutMs: number;
  /** The backstop: a task still running after this much wall-clock time is stopped (4 × the above by default). */
  taskWallTimeoutMs?: number;
  /** A worker idle this long is stopped, unless it is one of the `keepWarm`. */
  idleMs: number;
  /** Workers kept started, so an upload does not wait for one to boot (a server keeps one). */
  keepWarm?: number;
  /** A worker whose heap is past this after a task is stopped. */
  recycleHeapMb: number;
}

export class PoolFullError extends Error {
  override name = 'PoolFullError';
}
export class TaskTimeoutError extends Error {
  override name = 'TaskTimeoutError';
}
export class TaskAbortedError extends Error {
  override name = 'TaskAbortedError';
}
export class WorkerOutOfMemoryError extends Error {
  override name = 'WorkerOutOfMemoryError';
}

/** What a worker says once it has loaded, then answers each task with (see serveWorkerTasks). */
export type WorkerReply<Out> =
  | { ready: true; threadId: number | null }
  | { ok: true; output: Out; heapUsedBytes: number }
  | { ok: false; message: string; heapUsedBytes: number };

interface Task<In, Out> {
  input: In;
  transfer: ArrayBuffer[];
  signal: AbortSignal | undefined;
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
  onAbort?: () => void;
}

interface Slot<In, Out> {
  worker: Worker;
  /** Loaded and serving: a task's time limit starts when its worker is ready, not while it boots. */
  ready: boolean;
  /** The worker thread's kernel id, whose processor time the limit counts (null: wall clock). */
  threadId: number | null;
  task: Task<In, Out> | null;
  /** Checks the running task's time while it runs. */
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
}

/** A .ts worker cannot be loaded by Node 20 itself: start it through tsx's loader. */
function startWorker(entry: URL, resourceLimits: ResourceLimits): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, resourceLimits });
}

export class WorkerPool<In, Out> {
  private readonly slots = new Set<Slot<In, Out>>();
  private readonly queue: Task<In, Out>[] = [];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  get running(): number {
    return [...this.slots].filter((s) => s.task !== null).length;
  }

  get queued(): number {
    return this.queue.length;
  }

  get threads(): number {
    return this.slots.size;
  }

  /** Runs a task on a worker; `transfer` lists buffers handed over (not copied) to it. */
  run(input: In, options: { signal?: AbortSignal; transfer?: ArrayBuffer[] } = {}): Promise<Out> {
    if (this.closed) return Promise.reject(new Error('The worker pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new TaskAbortedError('Abandoned'));
    const idle = [...this.slots].find((s) => s.task === null);
    const canStart = idle !== undefined || this.slots.size < this.options.size;
    if (!canStart && this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new PoolFullError('Every worker is busy and the queue is full'));
    }
    return new Promise<Out>((resolve, reject) => {
      const task: Task<In, Out> = {
        input,
        transfer: options.transfer ?? [],
        signal: options.signal,
        resolve,
        reject,
      };
      if (task.signal !== undefined) {
        task.onAbort = () => this.abandon(task);
        task.signal.addEventListener('abort', task.onAbort, { once: true });
      }
      this.queue.push(task);
      this.dispatch();
    });
  }

  /** Starts the `keepWarm` workers before any task arrives. */
  prestart(): void {
    while (!this.closed && this.slots.size < this.keepWarm) this.spawn();
  }

  private get keepWarm(): number {
    return Math.min(this.options.keepWarm ?? 0, this.options.size);
  }

  /** Stops every worker; tasks still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.settle(task, new Error('The worker pool closed'));
    await Promise.all([...this.slots].map((slot) => this.stop(slot)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = [...this.slots].find((s) => s.task === null);
      if (slot === undefined) {
        if (this.slots.size >= this.options.size) return;
        slot = this.spawn();
      }
      const task = this.queue.shift() as Task<In, Out>;
      this.assign(slot, task);
    }
  }

  private spawn(): Slot<In, Out> {
    const worker = startWorker(this.options.entry, this.options.resourceLimits);
    const slot: Slot<In, Out> = {
      worker,
      ready: false,
      threadId: null,
      task: null,
      timer: null,
      idleTimer: null,
    };
    this.slots.add(slot);
    worker.on('message', (reply: WorkerReply<Out>) => this.finished(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => {
      const failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new WorkerOutOfMemoryError(error.message)
          : new Error(`A worker failed: ${error.message}`);
      this.lose(slot, failure);
    });
    worker.on('exit', () => this.lose(slot, new Error('A worker stopped')));
    return slot;
  }

  private assign(slot: Slot<In, Out>, task: Task<In, Out>): void {
    if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.task = task;
    if (slot.ready) this.startClock(slot);
    // Posted at once: a booting worker receives it when it starts serving.
    slot.worker.postMessage(task.input, task.transfer);
  }

  private startClock(slot: Slot<In, Out>): void {
    const task = slot.task;
    if (task === null || slot.timer !== null) return;
    const { taskTimeoutMs } = this.options;
    const wallLimit = this.options.taskWallTimeoutMs ?? taskTimeoutMs * 4;
    const started = Date.now();
    const cpuAtStart = slot.threadId === null ? null : threadCpuMs(slot.threadId);
    // Used time is looked at a few times a second: a task overruns its limit by at most that.
    const every = Math.max(10, Math.min(250, Math.floor(taskTimeoutMs / 4)));
    slot.timer = setInterval(() => {
      const wall = Date.now() - started;
      const cpuNow = slot.threadId === null ? null : threadCpuMs(slot.threadId);
      const used = cpuAtStart === null || cpuNow === null ? wall : cpuNow - cpuAtStart;
      if (used < taskTimeoutMs && wall < wallLimit) return;
      const why =
        wall >= wallLimit
          ? `ran for more than ${wallLimit} ms`
          : cpuNow === null || cpuAtStart === null
            ? `ran for more than ${taskTimeoutMs} ms`
            : `used more than ${taskTimeoutMs} ms of processor time`;
      this.settle(task, new TaskTimeoutError(`The task took too long: it ${why}`));
      slot.task = null;
      void this.stop(slot);
    }, every);
  }

  private stopClock(slot: Slot<In, Out>): void {
    if (slot.timer !== null) clearInterval(slot.timer);
    slot.timer = null;
  }

  private finished(slot: Slot<In, Out>, reply: WorkerReply<Out>): void {
    if ('ready' in reply) {
      slot.ready = true;
      slot.threadId = reply.threadId;
      return this.startClock(slot);
    }
    const task = slot.task;
    this.stopClock(slot);
    slot.task = null;
    if (task !== null) {
      if (reply.ok) this.settle(task, null, reply.output);
      else this.settle(task, new Error(reply.message));
    }
    if (reply.heapUsedBytes > this.options.recycleHeapMb * 1024 * 1024) {
      void this.stop(slot);
    } else if (this.slots.size > this.keepWarm) {
      slot.idleTimer = setTimeout(() => void this.stop(slot), this.options.idleMs);
      slot.idleTimer.unref();
    }
    this.dispatch();
  }

  /** The task's client went away: drop it from the queue, or stop the worker running it. */
  private abandon(task: Task<In, Out>): void {
    const waiting = this.queue.indexOf(task);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    this.settle(task, new TaskAbortedError('Abandoned'));
    for (const slot of this.slots) {
      if (slot.task === task) {
        slot.task = null;
        void this.stop(slot);
      }
    }
  }

  /** A worker died (out of memory, a crash): its task fails, the pool goes on without it. */
  private lose(slot: Slot<In, Out>, failure: Error): void {
    if (!this.slots.delete(slot)) return;
    this.stopClock(slot);
    if (slot.idleTimer !== null) clearTimeout(slot.idleTimer);
    if (slot.task !== null) this.settle(slot.task, failure);
    slot.task = null;
    if (this.closed) return;
    this.dispatch();
    // A stopped worker of the warm ones is replaced at once, fresh.
    if (this.queue.length === 0 && this.slots.size < this.keepWarm) this.spawn();
  }

  private async stop(slot: Slot<In, Out>): Promise<void> {
    this.lose(slot, new Error('A worker was stopped'));
    await slot.worker.terminate();
  }

  private settle(task: Task<In, Out>, error: Error | null, output?: Out): void {
    if (task.onAbort !== undefined) task.signal?.removeEventListener('abort', task.onAbort);
    task.onAbort = undefined;
    if (error === null) task.resolve(output as Out);
    else task.reject(error);
  }
}

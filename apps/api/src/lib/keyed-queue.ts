// Turns per key (per user): at most `concurrency` holders at once for one key, at most
// `maxWaiting` more waiting their turn in order; past that acquire() throws KeyedQueueFullError,
// so one person cannot fill a shared queue with their own work.

export class KeyedQueueFullError extends Error {
  override name = 'KeyedQueueFullError';
}

interface Waiter {
  grant: () => void;
}

export class KeyedQueue {
  private readonly holders = new Map<string, number>();
  private readonly waiting = new Map<string, Waiter[]>();

  constructor(
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

  /** Resolves with a release function once it is the key's turn; rejects if aborted first. */
  acquire(key: string, signal?: AbortSignal): Promise<() => void> {
    const held = this.holders.get(key) ?? 0;
    if (held < this.concurrency) {
      this.holders.set(key, held + 1);
      return Promise.resolve(this.releaser(key));
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length >= this.maxWaiting) {
      return Promise.reject(new KeyedQueueFullError(`Too many waiting for ${key}`));
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        if (queue.length === 0) this.waiting.delete(key);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('Abandoned'));
      };
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.releaser(key));
        },
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiter);
      this.waiting.set(key, queue);
    });
  }

  /** Holders and waiters of a key. */
  load(key: string): { holding: number; waiting: number } {
    return { holding: this.holders.get(key) ?? 0, waiting: this.waiting.get(key)?.length ?? 0 };
  }

  private releaser(key: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const queue = this.waiting.get(key);
      const next = queue?.shift();
      if (queue !== undefined && queue.length === 0) this.waiting.delete(key);
      // The turn passes straight to the next waiter; the count of holders stays.
      if (next !== undefined) return next.grant();
      const held = (this.holders.get(key) ?? 1) - 1;
      if (held === 0) this.holders.delete(key);
      else this.holders.set(key, held);
    };
  }
}

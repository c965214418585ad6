// A bounded queue for heavy work that a client may give up on (board-pack PDFs: a browser each).
// At most `concurrency` tasks run at once; at most `maxQueued` wait; one user may have at most
// `maxPerUser` running or waiting. Past a bound the request is refused at once — 429 for the one
// user (their own requests are in the way), 503 when everyone's queue is full — with Retry-After,
// rather than waiting behind work that may never be wanted.
//
// A task whose client goes away (its AbortSignal fires) leaves the queue at once if it is
// waiting, or is told to stop (the same signal) if it is running, so abandoned requests never
// hold up the next real one.
import { ApiError } from '../lib/api-error.js';

export interface RenderQueueOptions {
  /** Tasks running at once (overall). */
  concurrency: number;
  /** Tasks waiting for a slot (overall). */
  maxQueued: number;
  /** Tasks running or waiting for one user. */
  maxPerUser: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterSeconds: number;
}

interface Waiting {
  start: () => void;
}

export class QueueFullError extends ApiError {
  constructor(
    status: 429 | 503,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(status, status === 429 ? 'too_many_requests' : 'busy', message);
  }
}

export class AbandonedError extends Error {
  constructor() {
    super('The client went away before the work was done.');
    this.name = 'AbandonedError';
  }
}

export class RenderQueue {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private readonly perUser = new Map<string, number>();

  constructor(private readonly options: RenderQueueOptions) {}

  /** Running and waiting, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Runs `task` when a slot is free, unless `signal` fires first. Refuses at once (QueueFullError)
   * when the user's share or the queue is full; rejects with AbandonedError when the signal fires
   * while waiting.
   */
  async run<T>(
    user: string,
    signal: AbortSignal,
    task: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (signal.aborted) throw new AbandonedError();
    const mine = this.perUser.get(user) ?? 0;
    if (mine >= this.options.maxPerUser) {
      throw new QueueFullError(
        429,
        `You already have ${mine} board pack ${mine === 1 ? 'PDF' : 'PDFs'} being printed: wait for ${mine === 1 ? 'it' : 'them'} to finish, then try again.`,
        this.options.retryAfterSeconds,
      );
    }
    // First come, first served: a newcomer waits behind anyone already waiting.
    const mustWait = this.running >= this.options.concurrency || this.waiting.length > 0;
    if (mustWait && this.waiting.length >= this.options.maxQueued) {
      throw new QueueFullError(
        503,
        'The server is printing as many board packs as it can: try again in a minute.',
        this.options.retryAfterSeconds,
      );
    }
    this.perUser.set(user, mine + 1);
    try {
      if (mustWait) await this.slot(signal);
      else this.running += 1;
      try {
        return await task(signal);
      } finally {
        this.running -= 1;
        this.next();
      }
    } finally {
      const left = (this.perUser.get(user) ?? 1) - 1;
      if (left === 0) this.perUser.delete(user);
      else this.perUser.set(user, left);
    }
  }

  /** Waits for a free slot (and takes it), or rejects when the signal fires first. */
  private slot(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          signal.removeEventListener('abort', onAbort);
          this.running += 1;
          resolve();
        },
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(new AbandonedError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  /**
   * Gives free slots to the longest waiting, a turn of the event loop later: clients that left at
   * the same moment as the one that just ended are seen to have gone (their signals fire, and they
   * leave the queue) before a slot is given to them.
   */
  private next(): void {
    setImmediate(() => {
      while (this.running < this.options.concurrency && this.waiting.length > 0) {
        this.waiting.shift()!.start();
      }
    });
  }
}

// A store for @fastify/rate-limit that keeps its counts in the database instead of in process
// memory, so every API process behind a load balancer counts against the same limit.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { countRateLimitHit, type Db } from '@outcomes/db';

/**
 * The store class to give @fastify/rate-limit's `store` option (the plugin constructs it itself,
 * so the database is captured here). `clock` gives the time in milliseconds; tests may set it.
 */
export function rateLimitStoreOn(
  db: Db,
  clock: () => number = Date.now,
): FastifyRateLimitStoreCtor {
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const now = clock();
      countRateLimitHit(db, key, now, timeWindow).then(
        ({ hits, windowEndsAt }) => callback(null, { current: hits, ttl: windowEndsAt - now }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    /**
     * A route with limits of its own would get this same store: its keys already say whose count
     * it is. (No route sets its own limits today.)
     */
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

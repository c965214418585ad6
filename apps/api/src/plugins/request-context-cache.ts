// Keeps request contexts in memory (services/accounts/request-context-cache.ts). On PostgreSQL,
// so that a write is seen at once through every server, it also holds the answer to every
// signed-in unsafe request (POST, PUT, PATCH, DELETE) until every listening server has handled the
// changes it committed (RequestContextChanges.barrier: a round of acknowledgements, half a second
// at most). SQLite needs no barrier: every request reads the file's change marker.
import { RequestContextChanges, type RequestContextChangesOptions } from '@outcomes/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { RequestContextCache } from '../services/accounts/request-context-cache.js';
import { isUnsafeMethod } from './authentication.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The request context of a credential: kept in memory while exact. */
    requestContexts: RequestContextCache;
  }
}

export interface RequestContextCacheOptions {
  /** False reads every request's context from the store (default: kept, on either engine). */
  enabled?: boolean;
  /** The change listener's timings (tests shorten or stall them). */
  changes?: RequestContextChangesOptions;
}

export const requestContextCache = fp<RequestContextCacheOptions>(
  async (app: FastifyInstance, options) => {
    const changes =
      options.enabled === false
        ? undefined
        : await RequestContextChanges.listen(app.db, options.changes);
    app.decorate(
      'requestContexts',
      new RequestContextCache(app.db, changes, { enabled: options.enabled !== false }),
    );
    if (changes === undefined) return;

    // Only signed-in writers wait: an anonymous request (a sign-in, or a refused one) changed no
    // context that any server keeps, and must not buy a round of notifications for free.
    app.addHook('onSend', async (request) => {
      if (request.user !== null && isUnsafeMethod(request.method)) await changes.barrier();
    });
    app.addHook('onClose', async () => {
      await changes.close();
    });
  },
  { name: 'request-context-cache' },
);

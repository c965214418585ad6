// Serialised answers of the programme read routes, served again while the programme's data stamp
// (getDataStamp: bumped by triggers in the same transaction as every write to anything these
// answers show) is unchanged. A hit costs one primary-key lookup: no evaluation, no mapping, no
// response validation or JSON.stringify. Runs after authentication, so every request is still
// authenticated and its programme membership checked; only 200 JSON answers are kept, so a
// download that needs a role (format=csv) always reaches its handler.
import { getDataStamp } from '@outcomes/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { todayInLondon } from '../lib/today.js';

/**
 * Routes whose JSON answer depends only on the URL, the date (the default as-of) and the
 * programme's stored data (figures, settings, commentary, SPC rebases), never on who asks.
 * Add a route only if that holds.
 */
export const CACHED_ROUTES: ReadonlySet<string> = new Set([
  '/api/programmes/:programmeId',
  '/api/programmes/:programmeId/summary',
  '/api/programmes/:programmeId/strands/:strandId',
  '/api/programmes/:programmeId/metrics',
  '/api/programmes/:programmeId/metrics/:metricId/series',
  '/api/programmes/:programmeId/benefits',
  '/api/programmes/:programmeId/benefits/lines',
  '/api/programmes/:programmeId/returns',
  '/api/programmes/:programmeId/equity',
  '/api/programmes/:programmeId/reinvestment',
  '/api/programmes/:programmeId/costs/lines',
  '/api/programmes/:programmeId/unit-costs',
  '/api/programmes/:programmeId/variance',
  '/api/programmes/:programmeId/board-narrative',
]);

export interface ProgrammeResponseCacheOptions {
  /** Bytes of answers kept (least recently used dropped first). Default 64 MiB; 0 disables. */
  maxBytes?: number;
}

interface Entry {
  stamp: string;
  body: string;
  contentType: string;
}

interface Pending {
  key: string;
  stamp: string;
}

export const programmeResponseCache = fp<ProgrammeResponseCacheOptions>(
  async (app: FastifyInstance, options) => {
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
    if (maxBytes <= 0) return;
    // Insertion order is recency: a hit is deleted and set again.
    const entries = new Map<string, Entry>();
    let bytes = 0;
    const pending = new WeakMap<FastifyRequest, Pending>();

    const remove = (key: string) => {
      const entry = entries.get(key);
      if (entry === undefined) return;
      entries.delete(key);
      bytes -= entry.body.length;
    };

    app.addHook('preHandler', async (request, reply) => {
      if (request.method !== 'GET' || !CACHED_ROUTES.has(request.routeOptions.url ?? '')) return;
      const programmeId = (request.params as Record<string, unknown> | undefined)?.['programmeId'];
      if (typeof programmeId !== 'string') return;
      const stamp = await getDataStamp(app.db, programmeId);
      if (stamp === undefined) return;
      // The date is in the key because an answer without asOf is as of today.
      const key = `${todayInLondon()} ${request.url}`;
      const hit = entries.get(key);
      if (hit !== undefined && hit.stamp === stamp) {
        entries.delete(key);
        entries.set(key, hit);
        return reply.header('content-type', hit.contentType).send(hit.body);
      }
      if (hit !== undefined) remove(key);
      // Tagged with the stamp read before the handler reads the data: a write in between costs a
      // recomputation later, never a stale answer.
      pending.set(request, { key, stamp });
    });

    app.addHook('onSend', async (request, reply, payload) => {
      const p = pending.get(request);
      if (p === undefined) return payload;
      pending.delete(request);
      const contentType = String(reply.getHeader('content-type') ?? '');
      if (
        reply.statusCode !== 200 ||
        typeof payload !== 'string' ||
        !contentType.startsWith('application/json') ||
        payload.length > maxBytes / 4
      ) {
        return payload;
      }
      remove(p.key);
      entries.set(p.key, { stamp: p.stamp, body: payload, contentType });
      bytes += payload.length;
      for (const key of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(key);
      }
      return payload;
    });
  },
  { name: 'programme-response-cache', dependencies: ['authentication'] },
);

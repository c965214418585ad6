// Serialised answers of the programme read routes, served again while the programme's data stamp
// (bumped by triggers in the same transaction as every write to anything these answers show) is
// unchanged. The stamp comes with the credential (the authentication plugin reads session, user,
// grants and stamp in one query), so a hit costs that one round trip: no evaluation, no mapping,
// no response validation or JSON.stringify. Runs after authentication, so every request is still
// authenticated and its programme membership checked; only 200 JSON answers are kept, so a
// download that needs a role (format=csv) always reaches its handler.
//
// Conditional requests: every JSON answer of these routes carries a strong ETag (see etagOf) and
// `Cache-Control: private, no-cache` (a browser may keep it but must ask again each time); a
// request whose If-None-Match names the current tag gets 304 with no body, before any cache
// lookup or evaluation, on whichever server it reaches.
//
// The fast path (issue 19): once authentication has read the credential, grants and stamp, an
// onRequest hook answers a hit (or a 304 for a URL this server has answered with 200 at this
// stamp) straight away, provided the user holds a role in the programme (the membership check
// the preHandler would make; a non-member falls through to it and gets the usual 403 or 404).
// Parameter validation is skipped only for a URL whose answer is in the cache, which that same
// URL earned by passing validation; everything else takes the full route as before.
import { createHash } from 'node:crypto';
import { getDataStamp } from '@outcomes/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
  // Stored rows only (commentary, SPC rebases, revisions and their submissions), each table's
  // writes bumping the stamp like the figures'.
  '/api/programmes/:programmeId/metrics/:metricId/commentary',
  '/api/programmes/:programmeId/metrics/:metricId/rebases',
  '/api/programmes/:programmeId/metrics/:metricId/periods/:periodStart/revisions',
]);

export interface ProgrammeResponseCacheOptions {
  /** Bytes of answers kept (least recently used dropped first). Default 64 MiB; 0 keeps none. */
  maxBytes?: number;
}

interface Entry {
  stamp: string;
  /**
   * The answer's UTF-8 bytes, encoded once: a string body is encoded again on every send, which
   * for the 300 kB benefit lines costs more than the rest of a hit (issue 19's lines p99).
   */
  body: Buffer;
  contentType: string;
}

/** Tags kept (by their inputs): hashing costs more than the rest of a cached read's lookups. */
const MAX_TAGS = 10_000;

interface Pending {
  key: string;
  stamp: string;
  etag: string;
}

/** Browsers may keep an answer (this user only) but must revalidate it before each use. */
export const PROGRAMME_READ_CACHE_CONTROL = 'private, no-cache';

/**
 * The strong validator of one answer: a hash of the programme, its data stamp, the date (an
 * answer without asOf is as of today), the URL (path and query) and the asking user's scope in
 * the programme (roles, partner, strands), so two users with different scopes never share a tag.
 */
export function etagOf(
  programmeId: string,
  stamp: string,
  today: string,
  url: string,
  scope: readonly { role: string; partnerId: string | null; strandIds: readonly string[] }[],
): string {
  const scopeText = scope
    .map((g) => `${g.role}/${g.partnerId ?? ''}/${[...g.strandIds].sort().join(',')}`)
    .sort()
    .join(';');
  const input = [programmeId, stamp, today, url, scopeText].join('\u0000');
  const known = tags.get(input);
  if (known !== undefined) return known;
  const digest = createHash('sha256').update(input).digest('base64url');
  const etag = `"${digest.slice(0, 32)}"`;
  // Inputs include the stamp and the date, so old tags are never asked for again: dropping them
  // all when the map is full is simpler than an LRU and costs one hash each afterwards.
  if (tags.size >= MAX_TAGS) tags.clear();
  tags.set(input, etag);
  return etag;
}

/** etagOf's answers by their whole input (a tag is a pure function of it). */
const tags = new Map<string, string>();

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 §13.1.2 asks). */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A JSON answer (the default) rather than a download, which needs a role its handler checks. */
function asksForJson(request: FastifyRequest): boolean {
  const format = (request.query as Record<string, unknown> | undefined)?.['format'];
  return format === undefined || format === 'json';
}

/** The programme a cached route names, when the request asks for its JSON answer. */
function cachedProgrammeId(request: FastifyRequest): string | undefined {
  if (request.method !== 'GET' || !CACHED_ROUTES.has(request.routeOptions.url ?? '')) return;
  const programmeId = (request.params as Record<string, unknown> | undefined)?.['programmeId'];
  if (typeof programmeId !== 'string' || request.user === null || !asksForJson(request)) return;
  return programmeId;
}

/** The programme's stamp as read with the credential (undefined: not read, or no programme). */
function stampReadWithCredential(request: FastifyRequest, programmeId: string): string | undefined {
  const known = request.programmeData;
  return known?.id === programmeId ? known.stamp : undefined;
}

function sendNotModified(reply: FastifyReply, etag: string): FastifyReply {
  return reply
    .code(304)
    .header('etag', etag)
    .header('cache-control', PROGRAMME_READ_CACHE_CONTROL)
    .send();
}

export const programmeResponseCache = fp<ProgrammeResponseCacheOptions>(
  async (app: FastifyInstance, options) => {
    // 0 keeps no answers, but ETags and 304s still work.
    const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
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

    const tagOf = (request: FastifyRequest, programmeId: string, stamp: string, today: string) =>
      etagOf(
        programmeId,
        stamp,
        today,
        request.url,
        // request.user is set: cachedProgrammeId checked it.
        request.user?.roles.filter((g) => g.programmeId === programmeId) ?? [],
      );

    // The fast path: a hit for a member, answered before validation and the preHandler hooks.
    app.addHook('onRequest', (request, reply, done) => {
      if (maxBytes <= 0) return done();
      const programmeId = cachedProgrammeId(request);
      if (programmeId === undefined) return done();
      // The membership check of the authentication plugin's preHandler, made here for a hit.
      if (!request.user?.roles.some((g) => g.programmeId === programmeId)) return done();
      const stamp = stampReadWithCredential(request, programmeId);
      if (stamp === undefined) return done();
      const today = todayInLondon();
      const key = `${today} ${request.url}`;
      const hit = entries.get(key);
      if (hit === undefined || hit.stamp !== stamp) return done();
      entries.delete(key);
      entries.set(key, hit);
      const etag = tagOf(request, programmeId, stamp, today);
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        sendNotModified(reply, etag);
        return;
      }
      // A Buffer body: Fastify sends it as it is, with no serialiser and no response validation.
      reply
        .header('content-type', hit.contentType)
        .header('etag', etag)
        .header('cache-control', PROGRAMME_READ_CACHE_CONTROL)
        .send(hit.body);
    });

    app.addHook('preHandler', async (request, reply) => {
      const programmeId = cachedProgrammeId(request);
      if (programmeId === undefined) return;
      // Read with the credential in one query; asked again only if authentication did not.
      const stamp =
        request.programmeData?.id === programmeId
          ? stampReadWithCredential(request, programmeId)
          : await getDataStamp(app.db, programmeId);
      if (stamp === undefined) return;
      const today = todayInLondon();
      const etag = tagOf(request, programmeId, stamp, today);
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
        return sendNotModified(reply, etag);
      }
      if (maxBytes <= 0) {
        pending.set(request, { key: '', stamp, etag });
        return;
      }
      // The date is in the key because an answer without asOf is as of today.
      const key = `${today} ${request.url}`;
      const hit = entries.get(key);
      if (hit !== undefined && hit.stamp === stamp) {
        entries.delete(key);
        entries.set(key, hit);
        return reply
          .header('content-type', hit.contentType)
          .header('etag', etag)
          .header('cache-control', PROGRAMME_READ_CACHE_CONTROL)
          .send(hit.body);
      }
      if (hit !== undefined) remove(key);
      // Tagged with the stamp read before the handler reads the data: a write in between costs a
      // recomputation later (and a tag that will not match again), never a stale answer.
      pending.set(request, { key, stamp, etag });
    });

    app.addHook('onSend', (request, reply, payload, done) => {
      const p = pending.get(request);
      if (p === undefined) return done(null, payload);
      pending.delete(request);
      const contentType = String(reply.getHeader('content-type') ?? '');
      if (reply.statusCode !== 200 || !contentType.startsWith('application/json')) {
        return done(null, payload);
      }
      reply.header('etag', p.etag).header('cache-control', PROGRAMME_READ_CACHE_CONTROL);
      if (maxBytes <= 0 || typeof payload !== 'string' || payload.length > maxBytes / 4) {
        return done(null, payload);
      }
      remove(p.key);
      const body = Buffer.from(payload, 'utf8');
      entries.set(p.key, { stamp: p.stamp, body, contentType });
      bytes += body.length;
      for (const key of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(key);
      }
      done(null, body);
    });
  },
  { name: 'programme-response-cache', dependencies: ['authentication'] },
);

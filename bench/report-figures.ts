// How the benchmark's figures read in its tables and target details, and the two ratios its
// targets judge a read endpoint by.
import type { EndpointResult } from './report-types.js';

export const ms = (v: number | undefined | null) =>
  v === undefined || v === null || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v.toFixed(1);
export const cpu = (v: number | undefined) =>
  v === undefined || Number.isNaN(v) ? '–' : v.toFixed(3);
export const int = (v: number) => Math.round(v).toLocaleString('en-GB');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes: number | null) =>
  bytes === null ? '–' : `${(bytes / 1048576).toFixed(0)} MB`;

/** The endpoint target: median within 2 × (SQL floor median + bare-Fastify median). */
export function targetRatio(e: EndpointResult): number | null {
  if (!e.floor || !e.ceiling) return null;
  return e.server.p50Ms / (e.floor.p50Ms + e.ceiling.p50Ms);
}

/** Cached-read throughput as a share of the bare Fastify route's answering the same bytes. */
export function ceilingShare(e: EndpointResult): number | null {
  if (!e.ceiling || !(e.ceiling.requestsPerSecond > 0)) return null;
  return e.server.requestsPerSecond / e.ceiling.requestsPerSecond;
}

// Load with autocannon (10 connections, a fixed duration) and latency percentiles at full
// precision: autocannon's own histogram keeps whole milliseconds, so every response time is also
// recorded from its 'response' event (fractional milliseconds) and the percentiles taken from that.
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Non-2xx answers and connection errors: any makes the figures suspect. */
  non2xx: number;
  errors: number;
  bytesPerResponse: number;
  /** The server's CPU time (user + system) per request during the run, when known. */
  cpuMsPerRequest?: number;
  /** PostgreSQL's CPU time (the server's connections' backends) per request, when known. */
  databaseCpuMsPerRequest?: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections?: number;
  durationSeconds: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  return runLoadAcross({ ...options, urls: [options.url] });
}

/**
 * The same load spread over several servers (one autocannon per URL at once, the connections
 * shared out), as a load balancer would: requests and latencies are those of all of them.
 */
export async function runLoadAcross(
  options: Omit<LoadOptions, 'url'> & { urls: string[] },
): Promise<LoadResult> {
  const times: number[] = [];
  const connections = options.connections ?? 10;
  const results = await Promise.all(
    options.urls.map(
      (url, i) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const share =
            Math.floor(connections / options.urls.length) +
            (i < connections % options.urls.length ? 1 : 0);
          const instance = autocannon(
            {
              url,
              headers: options.headers ?? {},
              connections: Math.max(1, share),
              duration: options.durationSeconds,
            },
            (error: unknown, done: autocannon.Result) => {
              if (error) reject(error instanceof Error ? error : new Error(String(error)));
              else resolve(done);
            },
          );
          instance.on('response', (_client, statusCode, _bytes, time) => {
            if (statusCode >= 200 && statusCode < 300) times.push(time);
          });
        }),
    ),
  );
  const sorted = Float64Array.from(times).sort();
  const total = sorted.reduce((a, b) => a + b, 0);
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((n, r) => n + pick(r), 0);
  const ok = sum((r) => r['2xx']);
  const requests = sum((r) => r.requests.total);
  return {
    requests,
    requestsPerSecond: ok / options.durationSeconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors + r.timeouts),
    bytesPerResponse: ok === 0 ? 0 : sum((r) => r.throughput.total) / Math.max(1, requests),
  };
}

/** Sequential single requests (no concurrency): latency of one request at a time. */
export async function timeOnce(
  url: string,
  headers: Record<string, string>,
): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

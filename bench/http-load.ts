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
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        headers: options.headers ?? {},
        connections: options.connections ?? 10,
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
  });
  const sorted = Float64Array.from(times).sort();
  const total = sorted.reduce((a, b) => a + b, 0);
  const ok = result['2xx'];
  return {
    requests: result.requests.total,
    requestsPerSecond: ok / options.durationSeconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    meanMs: sorted.length === 0 ? Number.NaN : total / sorted.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    bytesPerResponse: ok === 0 ? 0 : result.throughput.total / Math.max(1, result.requests.total),
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

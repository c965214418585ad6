// Where the benchmark's PostgreSQL store comes from: a fresh schema in the server at
// BENCH_DATABASE_URL (or TEST_DATABASE_URL), dropped afterwards; otherwise a throw-away cluster
// started with scripts/start-test-postgres.sh (needs root) and stopped afterwards. When neither is
// possible the PostgreSQL column is skipped, and the reason is what the report prints.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describeDatabase } from '@outcomes/db';
import { schemaLocation, withPostgresClient } from '@outcomes/db/testing';
import { cpuMsOf } from './child-server.js';

export interface BenchPostgres {
  /** The store's URL: every connection made with it works inside the bench's own schema. */
  location: string;
  /** The same, naming its connections `application_name` (to find their backends' CPU time). */
  locationAs: (applicationName: string) => string;
  /** Where the server came from, for the report (no password). */
  source: string;
  /** `select version()`, shortened. */
  version: string;
  /** Settings that make the figures flattering, e.g. "fsync=off" (a throw-away test server). */
  unsafeSettings: string[];
  /** Bytes of the schema's tables, indexes and TOAST. */
  schemaBytes: () => Promise<number>;
  /** CPU time so far of the backends serving `applicationName` (NaN unless on this machine). */
  backendCpuMs: (applicationName: string) => Promise<number>;
  /** Another fresh schema in the same server (the loader's raw floor), dropped by close(). */
  sibling: () => Promise<string>;
  /** Drops the schema, and stops the cluster when the bench started it. */
  close: () => Promise<void>;
}

export type OpenResult = { ok: true; pg: BenchPostgres } | { ok: false; reason: string };

const ROOT_SCRIPT = 'scripts/start-test-postgres.sh';

export async function openBenchPostgres(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<OpenResult> {
  const given = [env['BENCH_DATABASE_URL'], env['TEST_DATABASE_URL']].find(
    (u) => u !== undefined && u.trim() !== '',
  );
  if (given !== undefined) {
    const source = env['BENCH_DATABASE_URL'] === given ? 'BENCH_DATABASE_URL' : 'TEST_DATABASE_URL';
    return openSchema(given, `${source} (${describeDatabase(given)})`, async () => {});
  }
  if (process.getuid?.() !== 0) {
    return {
      ok: false,
      reason:
        `neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set, and starting a throw-away ` +
        `cluster (${ROOT_SCRIPT}) needs root`,
    };
  }
  const port = await freePort();
  log(`  starting a throw-away PostgreSQL cluster on port ${port} (${ROOT_SCRIPT})`);
  const started = spawnSync('bash', [join(root, ROOT_SCRIPT)], {
    env: { ...env, PGTEST_PORT: String(port) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = /TEST_DATABASE_URL=(\S+) PGTEST_DATA=(\S+)/.exec(started.stdout ?? '');
  if (started.status !== 0 || !match?.[1] || !match[2]) {
    const tail = `${started.stderr ?? ''}${started.error?.message ?? ''}`
      .trim()
      .split('\n')
      .slice(-3)
      .join(' / ');
    return { ok: false, reason: `${ROOT_SCRIPT} could not start a cluster: ${tail}` };
  }
  const data = match[2];
  const stop = () => {
    spawnSync('bash', [join(root, ROOT_SCRIPT), 'stop', data], { stdio: 'ignore' });
    return Promise.resolve();
  };
  return openSchema(match[1], `a throw-away cluster started by ${ROOT_SCRIPT}`, stop);
}

/** Creates a schema of the bench's own in the server at `serverUrl`. */
async function openSchema(
  serverUrl: string,
  source: string,
  stopServer: () => Promise<void>,
): Promise<OpenResult> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  let version = 'unknown';
  const unsafeSettings: string[] = [];
  try {
    await withPostgresClient(serverUrl, async (client) => {
      const v = await client.query<{ version: string }>('select version()');
      version = (v.rows[0]?.version ?? 'unknown').replace(/ on .*/, '');
      for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
        const s = await client.query<Record<string, string>>(`show ${setting}`);
        if (s.rows[0]?.[setting] === 'off') unsafeSettings.push(`${setting}=off`);
      }
      await client.query(`create schema ${schema}`);
    });
  } catch (error) {
    await stopServer();
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `could not use ${source}: ${message}` };
  }
  const locationAs = (applicationName: string) => {
    const url = new URL(schemaLocation(serverUrl, schema));
    if (applicationName !== '') url.searchParams.set('application_name', applicationName);
    return url.toString();
  };
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(serverUrl).hostname);
  const schemas = [schema];
  return {
    ok: true,
    pg: {
      location: locationAs(''),
      locationAs,
      source,
      version,
      unsafeSettings,
      schemaBytes: async () => {
        let bytes = 0;
        await withPostgresClient(serverUrl, async (client) => {
          const r = await client.query<{ bytes: string | null }>(
            `select sum(pg_total_relation_size(c.oid))::text as bytes
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = $1 and c.relkind in ('r', 'm')`,
            [schema],
          );
          bytes = Number(r.rows[0]?.bytes ?? 0);
        });
        return bytes;
      },
      backendCpuMs: async (applicationName) => {
        if (!local) return Number.NaN;
        let total = 0;
        await withPostgresClient(serverUrl, async (client) => {
          const r = await client.query<{ pid: number }>(
            'select pid from pg_stat_activity where application_name = $1',
            [applicationName],
          );
          for (const { pid } of r.rows) total += postgresCpuMs(pid);
        });
        return total;
      },
      sibling: async () => {
        const name = `bench_${randomBytes(6).toString('hex')}`;
        await withPostgresClient(serverUrl, (client) => client.query(`create schema ${name}`));
        schemas.push(name);
        return schemaLocation(serverUrl, name);
      },
      close: async () => {
        try {
          await withPostgresClient(serverUrl, async (client) => {
            for (const name of schemas) await client.query(`drop schema ${name} cascade`);
          });
        } finally {
          await stopServer();
        }
      },
    },
  };
}

/** A backend's CPU time, if that pid is a PostgreSQL process on this machine (else NaN). */
function postgresCpuMs(pid: number): number {
  try {
    if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres')) return Number.NaN;
  } catch {
    return Number.NaN;
  }
  return cpuMsOf(pid);
}

/** A TCP port free on loopback now (the default 55432 may be another cluster's). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

// Kills the server (SIGKILL: no clean-up of any kind) in the middle of a large upload, and just
// after the whole file has been sent (while it is being checked or stored), then opens the
// store afresh: it must hold either none of that file or all of it, counted table by table, and on
// SQLite pass the integrity check. On PostgreSQL (TEST_ENGINE=postgres) the server's connections
// die with it, and the store must roll back whatever they had not committed.
//
// The server runs as its own process from the TypeScript sources (node --import tsx, with the
// workspace packages' "source" export condition), so the test never runs a stale build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { nextPeriodStart } from '@outcomes/core';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, demoPackDir, storeChecksum } from './helpers.js';
import { multipartBody } from './submissions-support.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverEntry = join(repoRoot, 'apps/api/src/server.ts');
const PROGRAMME = 'west-cheshire';
/** Just under the 5 MB limit. */
const TARGET_BYTES = 4.9 * 1024 * 1024;

let store: TestDatabase;
/**
 * PostgreSQL: the name the server's connections carry (application_name), so the test can watch
 * them in pg_stat_activity among other test runs' connections to the same server.
 */
const applicationName = `outcomes-crash-${randomBytes(4).toString('hex')}`;
let token: string;
let metrics: { id: string; frequency: 'month' | 'quarter' | 'year' }[];

interface Server {
  child: ChildProcess;
  port: number;
}

/** DATABASE_URL (PostgreSQL, its connections named) or DATABASE_PATH (SQLite) for the server. */
function serverStoreEnv(): Record<string, string> {
  if (store.engine === 'sqlite') return store.env;
  const url = new URL(store.location);
  url.searchParams.set('application_name', applicationName);
  return { DATABASE_URL: url.toString() };
}

/** Starts the real server on the test database and waits for its "running at" line. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...serverStoreEnv(),
      DEMO_PACK: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at http:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it was running:\n${output}`));
    });
  });
}

async function kill(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
  if (store.engine === 'postgres') await untilTheServersConnectionsEnd();
}

/**
 * PostgreSQL: each of the dead server's connections ends (rolling back what it had not committed)
 * when its backend next reads from the closed socket, which a backend busy with a statement does
 * only when that statement finishes. The test looks at the store once they have all gone, as a
 * restarted server would find it.
 */
async function untilTheServersConnectionsEnd(): Promise<void> {
  const watcher = createDb(store.location);
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { rows } = await sql<{ pid: number; state: string | null; query: string }>`
        select pid, state, left(query, 80) as query from pg_stat_activity
        where application_name = ${applicationName}`.execute(watcher);
      if (rows.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`The killed server's connections are still open: ${JSON.stringify(rows)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await watcher.destroy();
  }
}

/** A valid return of about 4.9 MB: every metric's periods from April 1980, with long notes. */
function largeCsv(round: number): { content: Buffer; rows: number } {
  const lines = ['metric_id,period_start,value,note'];
  let size = lines[0]!.length + 1;
  const note = `Round ${round}: ${'figures checked against the source system; '.repeat(22)}`.slice(
    0,
    990,
  );
  const starts = new Map(metrics.map((m) => [m.id, '1980-04-01']));
  outer: for (;;) {
    for (const m of metrics) {
      const start = starts.get(m.id)!;
      if (start >= '2012-04-01') continue;
      const line = `${m.id},${start},${100 + round},"${note}"`;
      if (size + line.length + 1 > TARGET_BYTES) break outer;
      lines.push(line);
      size += line.length + 1;
      starts.set(m.id, nextPeriodStart(start, m.frequency));
    }
    if ([...starts.values()].every((s) => s >= '2012-04-01')) break;
  }
  return { content: Buffer.from(lines.join('\n') + '\n'), rows: lines.length - 1 };
}

interface Sent {
  /** Resolves once every byte has been handed to the socket. */
  sent: Promise<void>;
  /** The answer, or an error when the server dies first. */
  answer: Promise<{ status: number; body: string }>;
}

function sendUpload(port: number, content: Buffer, options: { stopAfter?: number } = {}): Sent {
  const { body, contentType } = multipartBody([
    { name: 'confirm', value: 'true' },
    { name: 'file', fileName: 'large-return.csv', value: content },
  ]);
  let markSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/programmes/${PROGRAMME}/submissions`,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': contentType,
          'content-length': body.length,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const stopAt = options.stopAfter ?? body.length;
    // Written in 64 kB pieces, so the server reads it as a network would deliver it.
    let offset = 0;
    const writeMore = () => {
      while (offset < stopAt) {
        const end = Math.min(stopAt, offset + 65_536);
        const ok = req.write(body.subarray(offset, end));
        offset = end;
        if (!ok) return void req.once('drain', writeMore);
      }
      if (stopAt === body.length) req.end(() => markSent());
      else markSent();
    };
    writeMore();
  });
  answer.catch(() => undefined);
  return { sent, answer };
}

/** The tables an upload writes, in one transaction. */
const UPLOAD_TABLES = [
  'submission',
  'submission_file',
  'submission_row',
  'actual_revision',
  'audit_log',
] as const;
type UploadTable = (typeof UPLOAD_TABLES)[number];

interface StoreState {
  /** SQLite's integrity check; PostgreSQL's own recovery needs none ('ok'). */
  integrity: string;
  /** Rows in each table an upload writes. */
  counts: Record<UploadTable, number>;
  /** The programme's data version (every stored upload raises it). */
  dataVersion: number;
  /** The submission that stored this file, if any. */
  submission: { id: number; rows: number; revisions: number; storedRows: number } | null;
}

/** Opens the store afresh (as a restarted server would) and reads what it holds. */
async function inspect(sha256: string): Promise<StoreState> {
  const db: Db = createDb(store.location);
  try {
    let integrity = 'ok';
    if (store.engine === 'sqlite') {
      const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
      integrity = check.rows.map((r) => r.integrity_check).join('; ');
    }
    const counts = {} as Record<UploadTable, number>;
    for (const table of UPLOAD_TABLES) {
      const { n } = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(n);
    }
    const { data_version: dataVersion } = await db
      .selectFrom('programme')
      .select('data_version')
      .where('id', '=', PROGRAMME)
      .executeTakeFirstOrThrow();
    const submission = await db
      .selectFrom('submission')
      .select(['id', 'row_count'])
      .where('file_sha256', '=', sha256)
      .executeTakeFirst();
    let detail: StoreState['submission'] = null;
    if (submission) {
      const count = async (table: 'actual_revision' | 'submission_row') =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('submission_id', '=', submission.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      detail = {
        id: submission.id,
        rows: submission.row_count,
        revisions: await count('actual_revision'),
        storedRows: await count('submission_row'),
      };
    }
    return { integrity, counts, dataVersion, submission: detail };
  } finally {
    await db.destroy();
  }
}

/** Nothing of the upload is stored: every count and the data version as before. */
function expectNoneStored(before: StoreState, after: StoreState): void {
  expect(after.integrity).toBe('ok');
  expect(after.submission).toBeNull();
  expect(after.counts).toEqual(before.counts);
  expect(after.dataVersion).toBe(before.dataVersion);
}

/** All of an upload of `rows` new figures is stored: its file, every row, revision and audit entry. */
function expectAllStored(before: StoreState, after: StoreState, rows: number): void {
  expect(after.integrity).toBe('ok');
  expect(after.submission).toMatchObject({ rows, storedRows: rows, revisions: rows });
  expect(after.counts).toEqual({
    submission: before.counts.submission + 1,
    submission_file: before.counts.submission_file + 1,
    submission_row: before.counts.submission_row + rows,
    actual_revision: before.counts.actual_revision + rows,
    // One entry for the submission and one for each revision.
    audit_log: before.counts.audit_log + rows + 1,
  });
  expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
}

/** The whole store, less what a request may touch outside the upload (last used, rate limits). */
async function checksum(): Promise<string> {
  const db = createDb(store.location);
  try {
    return await storeChecksum(db);
  } finally {
    await db.destroy();
  }
}

/**
 * SQLite spills a large transaction's pages into the write-ahead log before it commits: once the
 * log has grown by a megabyte the file is being stored, and not yet committed.
 */
async function untilTheWalGrows(): Promise<void> {
  const wal = `${store.location}-wal`;
  const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);
  const start = walSize();
  const deadline = Date.now() + 30_000;
  while (walSize() < start + 1024 * 1024 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * PostgreSQL: once one of the server's connections is inside a transaction that has written (it
 * has a transaction id) and is inserting the file's rows, the file is being stored and not yet
 * committed. The rows, their revisions and the audit entries are still to come.
 */
async function untilRowsAreBeingInserted(): Promise<void> {
  const watcher = createDb(store.location);
  try {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from pg_stat_activity
        where application_name = ${applicationName} and backend_xid is not null
          and query like 'insert into "submission_row"%'`.execute(watcher);
      if (rows[0]!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  } finally {
    await watcher.destroy();
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

beforeAll(async () => {
  store = await createTestDatabase();
  const db = createDb(store.location);
  try {
    await migrateToLatest(db);
    await loadPack(db, demoPackDir);
    token = (
      await createTestUser(db, {
        email: 'admin@crash.test',
        programmeId: PROGRAMME,
        roles: [{ role: 'admin' }],
      })
    ).token;
    metrics = (await db
      .selectFrom('metric')
      .select(['id', 'frequency'])
      .where('programme_id', '=', PROGRAMME)
      .orderBy('position')
      .execute()) as typeof metrics;
  } finally {
    await db.destroy();
  }
}, 120_000);

afterAll(() => store.drop());

describe('killing the server during an upload', () => {
  it('builds a file of about 4.9 MB, under the limit', () => {
    const { content, rows } = largeCsv(0);
    expect(content.length).toBeGreaterThan(4.5 * 1024 * 1024);
    expect(content.length).toBeLessThan(5 * 1024 * 1024);
    expect(rows).toBeGreaterThan(4000);
  });

  it('in the middle of the upload: nothing of the file is stored', async () => {
    const { content } = largeCsv(1);
    const before = await inspect(sha256(content));
    const wholeStore = await checksum();
    const server = await startServer();
    try {
      const upload = sendUpload(server.port, content, {
        stopAfter: Math.floor(content.length / 2),
      });
      await upload.sent;
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await kill(server);
    }
    expectNoneStored(before, await inspect(sha256(content)));
    expect(await checksum()).toBe(wholeStore);
  }, 120_000);

  /** How long the server took from the last byte to its answer, when left alone. */
  let processingMs = 0;

  it('when left alone: all of the file is stored', async () => {
    const { content, rows } = largeCsv(2);
    const hash = sha256(content);
    const before = await inspect(hash);
    const server = await startServer();
    try {
      const upload = sendUpload(server.port, content);
      await upload.sent;
      const started = Date.now();
      const answer = await upload.answer;
      processingMs = Date.now() - started;
      expect(answer.status, answer.body.slice(0, 500)).toBe(201);
    } finally {
      await kill(server);
    }
    expectAllStored(before, await inspect(hash), rows);
  }, 120_000);

  /** Uploads a new version of the file, kills the server when `when` resolves, and checks. */
  async function killDuring(round: number, when: (sent: Date) => Promise<void>): Promise<string> {
    // Each round's file has new values, so a stored file means a revision for every row.
    const { content, rows } = largeCsv(round);
    const hash = sha256(content);
    const before = await inspect(hash);
    const server = await startServer();
    let status: number | null = null;
    try {
      const upload = sendUpload(server.port, content);
      upload.answer.then(
        (a) => (status = a.status),
        () => undefined,
      );
      await upload.sent;
      await when(new Date());
    } finally {
      await kill(server);
    }
    const after = await inspect(hash);
    if (after.submission === null) expectNoneStored(before, after);
    else expectAllStored(before, after, rows);
    // An answer of 201 means it was stored; no answer means the kill came first.
    if (status !== null) {
      expect(status).toBe(201);
      expect(after.submission).not.toBeNull();
    }
    return after.submission === null ? 'none' : 'all';
  }

  // After the last byte the server reads, checks and stores the file; the kill lands somewhere
  // in that time, measured above.
  it.each([0, 0.5, 0.9, 1.1])(
    'killed at %f of the processing time after the whole file is sent: none of it or all of it',
    async (fraction) => {
      await killDuring(
        Math.round(fraction * 100) + 10,
        () => new Promise((resolve) => setTimeout(resolve, fraction * processingMs)),
      );
    },
    120_000,
  );

  it('killed while the transaction is writing: none of it', async () => {
    const outcome = await killDuring(
      200,
      store.engine === 'sqlite' ? untilTheWalGrows : untilRowsAreBeingInserted,
    );
    expect(outcome).toBe('none');
  }, 120_000);

  it('still serves from the database afterwards', async () => {
    const server = await startServer();
    try {
      const res = await fetch(
        `http://127.0.0.1:${server.port}/api/programmes/${PROGRAMME}/submissions`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { submissions: { source: string }[] };
      expect(body.submissions.at(-1)?.source).toBe('pack');
    } finally {
      await kill(server);
    }
  }, 120_000);
});

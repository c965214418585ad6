// Kills the server (SIGKILL: no clean-up of any kind) in the middle of a large upload, and just
// after the whole file has been sent (while it is being checked or stored), then opens the
// database: it must pass SQLite's integrity check and hold either none of that file or all of it.
//
// The server runs as its own process from the TypeScript sources (node --import tsx, with the
// workspace packages' "source" export condition), so the test never runs a stale build.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { nextPeriodStart } from '@outcomes/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, demoPackDir } from './helpers.js';
import { multipartBody } from './submissions-support.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverEntry = join(repoRoot, 'apps/api/src/server.ts');
const PROGRAMME = 'west-cheshire';
/** Just under the 5 MB limit. */
const TARGET_BYTES = 4.9 * 1024 * 1024;

let dir: string;
let databasePath: string;
let token: string;
let metrics: { id: string; frequency: 'month' | 'quarter' | 'year' }[];

interface Server {
  child: ChildProcess;
  port: number;
}

/** Starts the real server on the test database and waits for its "running at" line. */
function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
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

function kill(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGKILL');
  });
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

interface StoreState {
  integrity: string;
  revisions: number;
  /** The submission that stored this file, if any. */
  submission: { id: number; rows: number; revisions: number; storedRows: number } | null;
}

/** Opens the database file afresh (as a restarted server would) and reads what it holds. */
async function inspect(sha256: string): Promise<StoreState> {
  const db: Db = createDb(databasePath);
  try {
    const integrity = await sql<{
      integrity_check: string;
    }>`pragma integrity_check`.execute(db);
    const revisions = await db
      .selectFrom('actual_revision')
      .select((eb) => eb.fn.countAll<number>().as('n'))
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
    return {
      integrity: integrity.rows.map((r) => r.integrity_check).join('; '),
      revisions: Number(revisions.n),
      submission: detail,
    };
  } finally {
    await db.destroy();
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outcomes-crash-'));
  databasePath = join(dir, 'crash.sqlite');
  const db = createDb(databasePath);
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

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

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
    const after = await inspect(sha256(content));
    expect(after.integrity).toBe('ok');
    expect(after.submission).toBeNull();
    expect(after.revisions).toBe(before.revisions);
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
    const after = await inspect(hash);
    expect(after.integrity).toBe('ok');
    expect(after.submission).toMatchObject({ rows, storedRows: rows, revisions: rows });
    expect(after.revisions).toBe(before.revisions + rows);
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
    expect(after.integrity).toBe('ok');
    if (after.submission === null) {
      expect(after.revisions).toBe(before.revisions);
    } else {
      expect(after.submission).toMatchObject({ rows, storedRows: rows, revisions: rows });
      expect(after.revisions).toBe(before.revisions + rows);
    }
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
    // SQLite spills a large transaction's pages into the write-ahead log before it commits: once
    // the log has grown by a megabyte the file is being stored, and not yet committed.
    const wal = `${databasePath}-wal`;
    const walSize = () => (existsSync(wal) ? statSync(wal).size : 0);
    const outcome = await killDuring(200, async () => {
      const start = walSize();
      const deadline = Date.now() + 30_000;
      while (walSize() < start + 1024 * 1024 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    });
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

// Two API processes on one store, as a hosted deployment runs them behind a load balancer: the
// real server (the build in apps/api/dist, as `npm run serve` starts it) twice, on PostgreSQL when
// TEST_ENGINE=postgres and on one SQLite file otherwise.
//
// - Ten uploads of the same figure at once, half to each process, all stored: revisions follow on
//   from the pack's with no gap and no duplicate, each upload's value exactly once, in the order the
//   uploads committed, and both processes then show the last one (their caches check the
//   programme's data version, which every write raises).
// - A session signed in on one process works on the other, and signing out on one ends it on both.
// - A read on one process right after a write on the other sees the write.
// - An ETag one process gave is answered 304 by the other, until a write through either changes
//   the programme's data stamp (the tag includes it).
//
// The tiny programme (test/fixtures/tiny): "incidents" is quarterly and returned by the police; the
// pack holds revision 1 of Q4 2013-14 (2014-01-01), 70.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD, tinyPackDir } from './helpers.js';
import { multipartBody } from './submissions-support.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverEntry = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const PROGRAMME = 'tiny';
const METRIC = 'incidents';
const PERIOD = '2014-01-01';
/** The pack's figure for PERIOD, revision 1. */
const PACK_VALUE = 70;
const OFFICER = 'police.officer@two-processes.test';

let store: TestDatabase;
/** The test's own connection to the store, to look at what the servers wrote. */
let db: Db;
let token: string;
let a: Server;
let b: Server;

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `node apps/api/dist/server.js` on the test store and waits for its "running at" line. */
function startServer(name: string): Promise<Server> {
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      // DATABASE_URL for PostgreSQL; for SQLite DATABASE_PATH, with DATABASE_URL blanked.
      ...store.env,
      // Ten uploads at once from one account: let them all queue (the default refuses past 3).
      UPLOAD_QUEUE_PER_USER: '10',
      DEMO_PACK: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      COOKIE_SECURE: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Server ${name} did not start within 30 s:\n${output}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^:]+:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ name, child, url: match[1]!, output: () => output });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server ${name} exited (${code}) before it was running:\n${output}`));
    });
  });
}

/** Stops a server as an orchestrator would (SIGTERM: it closes its connections), then SIGKILL. */
function stopServer(server: Server | undefined): Promise<void> {
  if (server === undefined) return Promise.resolve();
  const { child } = server;
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A one-row return of the test's figure, as a browser uploads it, confirming any warning. */
function uploadBody(value: number): { body: Buffer; contentType: string } {
  const csv = `metric_id,period_start,value,note\n${METRIC},${PERIOD},${value},Upload of ${value}\n`;
  return multipartBody([
    { name: 'confirm', value: 'true' },
    { name: 'file', fileName: `return-${value}.csv`, value: Buffer.from(csv) },
  ]);
}

interface Answer {
  status: number;
  body: any;
}

async function send(
  server: Server,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : JSON.parse(text) };
}

function upload(server: Server, value: number): Promise<Answer> {
  const { body, contentType } = uploadBody(value);
  return send(server, `/api/programmes/${PROGRAMME}/submissions`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  });
}

interface Revision {
  revision: number;
  value: number;
  submissionId: number | null;
  recordedAt: string;
  current: boolean;
}

async function revisions(server: Server): Promise<Revision[]> {
  const res = await send(
    server,
    `/api/programmes/${PROGRAMME}/metrics/${METRIC}/periods/${PERIOD}/revisions`,
  );
  expect(res.status).toBe(200);
  return res.body.revisions as Revision[];
}

/** The figure for PERIOD as the server's evaluation has it (cached until the data changes). */
async function currentValue(server: Server): Promise<number | null> {
  const res = await send(server, `/api/programmes/${PROGRAMME}/metrics/${METRIC}/series`);
  expect(res.status).toBe(200);
  const period = (res.body.periods as { periodStart: string; actual: number | null }[]).find(
    (p) => p.periodStart === PERIOD,
  );
  return period?.actual ?? null;
}

beforeAll(async () => {
  if (!existsSync(serverEntry)) {
    throw new Error(
      `${serverEntry} is missing: build first (npm run build, or ` +
        'npm run build -w @outcomes/core -w @outcomes/contract -w @outcomes/db -w @outcomes/api)',
    );
  }
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  ({ token } = await createTestUser(db, {
    email: OFFICER,
    programmeId: PROGRAMME,
    roles: [{ role: 'data-officer', partnerId: 'police' }],
  }));
  [a, b] = await Promise.all([startServer('A'), startServer('B')]);
}, 60_000);

afterAll(async () => {
  await Promise.all([stopServer(a), stopServer(b)]);
  await db?.destroy();
  await store?.drop();
}, 30_000);

describe(`two API processes on one store`, { timeout: 30_000 }, () => {
  it('store ten concurrent uploads of one figure as revisions 2 to 11, in commit order', async () => {
    // Both processes have the figure evaluated and cached before the uploads.
    expect(await currentValue(a)).toBe(PACK_VALUE);
    expect(await currentValue(b)).toBe(PACK_VALUE);

    const values = [71, 72, 73, 74, 75, 76, 77, 78, 79, 80];
    const answers = await Promise.all(values.map((value, i) => upload(i % 2 === 0 ? a : b, value)));
    for (const answer of answers) expect(answer.status, JSON.stringify(answer.body)).toBe(201);

    // Each upload revised the figure once, numbering its revision after the one before it.
    const written = answers.map((answer, i) => {
      const [row] = answer.body.rowOutcomes as {
        outcome: string;
        revision: number;
        value: number;
        previousValue: number | null;
      }[];
      expect(row).toMatchObject({ outcome: 'revised', value: values[i] });
      return { ...row!, submissionId: answer.body.submissionId as number };
    });
    written.sort((x, y) => x.revision - y.revision);
    expect(written.map((w) => w.revision)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // No lost update: each saw the revision committed just before its own as the current figure.
    expect(written.map((w) => w.previousValue)).toEqual([
      PACK_VALUE,
      ...written.slice(0, -1).map((w) => w.value),
    ]);

    // The store's history, read through either process, is the same: the pack's revision, then
    // one per upload, each value exactly once; ids and times increase with the revision number.
    const history = await revisions(a);
    expect(await revisions(b)).toEqual(history);
    expect(history.map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(history[0]).toMatchObject({ value: PACK_VALUE, current: false });
    const uploaded = history.slice(1);
    expect(uploaded.map((r) => r.value).sort((x, y) => x - y)).toEqual(values);
    expect(uploaded.map((r) => [r.value, r.submissionId])).toEqual(
      written.map((w) => [w.value, w.submissionId]),
    );
    const ids = uploaded.map((r) => r.submissionId!);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    const times = uploaded.map((r) => r.recordedAt);
    expect(times).toEqual([...times].sort());
    expect(history.filter((r) => r.current)).toEqual([history.at(-1)]);

    // The store holds no revision outside that history: no duplicate (metric, period, revision).
    const stored = await db
      .selectFrom('actual_revision')
      .select(['revision', 'value'])
      .where('programme_id', '=', PROGRAMME)
      .where('metric_id', '=', METRIC)
      .where('period_start', '=', PERIOD)
      .orderBy('revision')
      .execute();
    expect(stored).toEqual(history.map((r) => ({ revision: r.revision, value: r.value })));

    // Both processes' cached evaluations now show the last revision, whichever process wrote it.
    const last = history.at(-1)!.value;
    expect(await currentValue(a)).toBe(last);
    expect(await currentValue(b)).toBe(last);
  });

  it('a read on one process right after a write on the other sees the write', async () => {
    for (const [writer, reader, value] of [
      [a, b, 90],
      [b, a, 91],
    ] as const) {
      const answer = await upload(writer, value);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(await currentValue(reader)).toBe(value);
      expect((await revisions(reader)).at(-1)).toMatchObject({
        value,
        current: true,
        submissionId: answer.body.submissionId,
      });
    }
  });

  it("one process's ETag is answered 304 by the other until a write on either changes it", async () => {
    const path = `${b.url}/api/programmes/${PROGRAMME}/metrics/${METRIC}/series`;
    const auth = { authorization: `Bearer ${token}` };
    const first = await fetch(`${a.url}/api/programmes/${PROGRAMME}/metrics/${METRIC}/series`, {
      headers: auth,
    });
    await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const same = await fetch(path, { headers: { ...auth, 'if-none-match': etag! } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect((await upload(a, 92)).status).toBe(201);
    const changed = await fetch(path, { headers: { ...auth, 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const period = (
      (await changed.json()) as { periods: { periodStart: string; actual: number }[] }
    ).periods.find((p) => p.periodStart === PERIOD);
    expect(period?.actual).toBe(92);
  });

  it('a session signed in on one process works on the other, and signing out ends it on both', async () => {
    const login = await fetch(`${a.url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OFFICER, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const setCookie = login.headers.getSetCookie().find((c) => c.includes('session'));
    expect(setCookie).toBeDefined();
    const cookie = setCookie!.split(';')[0]!;
    const asSession = (server: Server, path: string, init: RequestInit = {}) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
      });

    const me = await asSession(b, '/api/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: OFFICER, csrfToken });

    // A write on B with the session and CSRF token A issued.
    const entry = await asSession(b, `/api/programmes/${PROGRAMME}/submissions/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        confirm: true,
        entries: [{ metricId: METRIC, periodStart: PERIOD, value: '92' }],
      }),
    });
    expect(entry.status, await entry.clone().text()).toBe(201);
    expect(await currentValue(a)).toBe(92);

    const logout = await asSession(a, '/api/logout', { method: 'POST' });
    expect(logout.status).toBe(204);
    for (const server of [b, a]) {
      const after = await asSession(server, '/api/me');
      expect(after.status).toBe(401);
    }
  });

  it('both processes are still running', () => {
    for (const server of [a, b]) {
      expect(server.child.exitCode, server.output()).toBeNull();
    }
  });
});

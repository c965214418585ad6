// The board-meeting load test: many people open one programme's pages at once while data officers
// upload returns to it. Every reader is a real browser-style session (signed in over HTTP with a
// password, then the session cookie), not an API token; every upload carries its session's CSRF
// token, as the web app sends it. Readers and writers are spread over the servers round-robin.
//
// Each reader repeats: a page (overview: programme + summary; strand; metric series), then a think
// time drawn uniformly from [thinkMs.min, thinkMs.max], as people click through a board pack. Each
// officer uploads a one-row CSV return of a police figure (the programme's monthly monetised
// metric, a month of its own so officers never write the same figure), confirmed, every
// `uploadEveryMs` on average. The report: read p50/p99 and count, failed reads, writes and failed
// writes (any non-201 answer or network error).
import { randomInt } from 'node:crypto';
import { insertUser, replaceRoleGrants, type Db } from '@outcomes/db';
import { hashPassword } from '../apps/api/src/services/accounts/passwords.js';
import { BENCH_METRIC_ID, BENCH_STRAND_ID } from './generate-pack.js';
import { percentile } from './http-load.js';

export interface BoardMeetingOptions {
  /** Readers (board members, sponsors...) with a session each. */
  readers: number;
  /** Data officers uploading returns, each with a session. */
  officers: number;
  durationSeconds: number;
  thinkMs: { min: number; max: number };
  uploadEveryMs: number;
}

export const BOARD_MEETING_DEFAULTS: BoardMeetingOptions = {
  readers: 500,
  officers: 20,
  durationSeconds: 20,
  thinkMs: { min: 500, max: 2000 },
  uploadEveryMs: 2000,
};

export interface BoardMeetingResult {
  readers: number;
  officers: number;
  servers: number;
  durationSeconds: number;
  signInSeconds: number;
  reads: number;
  readsPerSecond: number;
  readP50Ms: number;
  readP99Ms: number;
  failedReads: number;
  writes: number;
  failedWrites: number;
  writeP50Ms: number;
  writeP99Ms: number;
  /** The first few failures' statuses and messages, to say why. */
  failures: string[];
}

const PASSWORD = 'board meeting bench password';

interface Session {
  cookie: string;
  csrfToken: string;
  server: string;
}

/**
 * Creates the meeting's accounts in `db` (one password hash for all: hashing is not what is
 * measured) with roles in `programmeId`: readers as board members, officers as police data officers.
 */
export async function createMeetingAccounts(
  db: Db,
  programmeId: string,
  o: Pick<BoardMeetingOptions, 'readers' | 'officers'>,
  prefix: string,
): Promise<{ readers: string[]; officers: string[] }> {
  const passwordHash = await hashPassword(PASSWORD);
  const now = new Date().toISOString();
  const make = async (kind: 'reader' | 'officer', i: number) => {
    const email = `${prefix}-${kind}-${i}@outcomes.invalid`;
    const id = await insertUser(db, {
      email,
      name: `${kind} ${i}`,
      password_hash: passwordHash,
      disabled_at: null,
      created_at: now,
      updated_at: now,
    });
    await replaceRoleGrants(
      db,
      id,
      programmeId,
      [
        kind === 'reader'
          ? { role: 'board', partnerId: null, strandIds: [] }
          : { role: 'data-officer', partnerId: 'police', strandIds: [] },
      ],
      now,
    );
    return email;
  };
  const readers: string[] = [];
  const officers: string[] = [];
  for (let i = 0; i < o.readers; i++) readers.push(await make('reader', i));
  for (let i = 0; i < o.officers; i++) officers.push(await make('officer', i));
  return { readers, officers };
}

async function signIn(server: string, email: string): Promise<Session> {
  const response = await fetch(`${server}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = (response.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  if (response.status !== 200 || cookie === '' || body.csrfToken === undefined) {
    throw new Error(`sign-in as ${email} answered ${response.status}`);
  }
  return { cookie, csrfToken: body.csrfToken, server };
}

/** Runs `work` over `items` with at most `limit` at once. */
async function inParallel<T, R>(
  items: T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!, i);
      }
    }),
  );
  return results;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A one-row return as a multipart form, as the web app's upload sends it. */
function uploadForm(periodStart: string, value: number): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomInt(1e9)}`;
  const csv = `metric_id,period_start,value,note\n${BENCH_METRIC_ID},${periodStart},${value},Board meeting bench\n`;
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="confirm"\r\n\r\ntrue\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="return.csv"\r\n` +
      `Content-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
  );
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function runBoardMeeting(
  servers: string[],
  programmeId: string,
  accounts: { readers: string[]; officers: string[] },
  o: BoardMeetingOptions,
  log: (line: string) => void,
): Promise<BoardMeetingResult> {
  const failures: string[] = [];
  const fail = (what: string) => {
    if (failures.length < 5) failures.push(what);
  };
  const serverOf = (i: number) => servers[i % servers.length]!;
  log(`  board meeting: signing in ${accounts.readers.length + accounts.officers.length} people`);
  const signInStarted = performance.now();
  const readers = await inParallel(accounts.readers, 8, (email, i) => signIn(serverOf(i), email));
  const officers = await inParallel(accounts.officers, 8, (email, i) =>
    signIn(serverOf(i + readers.length), email),
  );
  const signInSeconds = (performance.now() - signInStarted) / 1000;

  const base = `/api/programmes/${programmeId}`;
  // The pages as the web app asks for them by default: figures as they stand today, so every
  // upload changes what the readers see (at the bench's past as-of date, returns recorded now
  // would not be known, and a server could keep its evaluation).
  const pages = [
    [`${base}`, `${base}/summary`],
    [`${base}/strands/${BENCH_STRAND_ID}`],
    [`${base}/metrics/${BENCH_METRIC_ID}/series`],
  ];
  const readTimes: number[] = [];
  const writeTimes: number[] = [];
  let failedReads = 0;
  let writes = 0;
  let failedWrites = 0;
  const until = performance.now() + o.durationSeconds * 1000;
  const think = () => sleep(o.thinkMs.min + Math.random() * (o.thinkMs.max - o.thinkMs.min));

  log(
    `  board meeting: ${readers.length} readers and ${officers.length} officers for ${o.durationSeconds} s`,
  );
  const reader = async (s: Session) => {
    // Arrivals spread over the first think time, not all at the first instant.
    await sleep(Math.random() * o.thinkMs.max);
    while (performance.now() < until) {
      const page = pages[randomInt(pages.length)]!;
      await Promise.all(
        page.map(async (path) => {
          const started = performance.now();
          try {
            const response = await fetch(`${s.server}${path}`, { headers: { cookie: s.cookie } });
            await response.arrayBuffer();
            if (response.status === 200) readTimes.push(performance.now() - started);
            else {
              failedReads += 1;
              fail(`read ${path}: ${response.status}`);
            }
          } catch (error) {
            failedReads += 1;
            fail(`read ${path}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
      );
      await think();
    }
  };
  const officer = async (s: Session, i: number) => {
    // Each officer returns its own month (April 2012 onwards), so no two write the same figure.
    const month = new Date(Date.UTC(2012, 3 + i, 1)).toISOString().slice(0, 10);
    let round = 0;
    await sleep(Math.random() * o.uploadEveryMs);
    while (performance.now() < until) {
      const form = uploadForm(month, 200 + (round++ % 50));
      const started = performance.now();
      try {
        const response = await fetch(`${s.server}${base}/submissions`, {
          method: 'POST',
          headers: {
            cookie: s.cookie,
            'x-csrf-token': s.csrfToken,
            'content-type': form.contentType,
          },
          body: form.body,
        });
        const text = await response.text();
        writes += 1;
        if (response.status === 201) writeTimes.push(performance.now() - started);
        else {
          failedWrites += 1;
          fail(`upload: ${response.status} ${text.slice(0, 200)}`);
        }
      } catch (error) {
        writes += 1;
        failedWrites += 1;
        fail(`upload: ${error instanceof Error ? error.message : String(error)}`);
      }
      await sleep(o.uploadEveryMs * (0.5 + Math.random()));
    }
  };
  const started = performance.now();
  await Promise.all([...readers.map(reader), ...officers.map(officer)]);
  const seconds = (performance.now() - started) / 1000;
  const reads = Float64Array.from(readTimes).sort();
  const uploads = Float64Array.from(writeTimes).sort();
  return {
    readers: readers.length,
    officers: officers.length,
    servers: servers.length,
    durationSeconds: o.durationSeconds,
    signInSeconds,
    reads: reads.length,
    readsPerSecond: reads.length / seconds,
    readP50Ms: percentile(reads, 50),
    readP99Ms: percentile(reads, 99),
    failedReads,
    writes,
    failedWrites,
    writeP50Ms: percentile(uploads, 50),
    writeP99Ms: percentile(uploads, 99),
    failures,
  };
}

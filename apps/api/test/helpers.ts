import { fileURLToPath } from 'node:url';
import type { Role } from '@outcomes/contract';
import {
  createDb,
  listProgrammes,
  loadPack,
  migrateToLatest,
  SYSTEM_ACTOR,
  type Db,
} from '@outcomes/db';
import { createTestDatabase, storeChecksum as checksumStore } from '@outcomes/db/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { buildApp, type AppOptions } from '../src/app.js';
import { createApiToken } from '../src/services/accounts/api-tokens.js';
import { createUser } from '../src/services/accounts/create-user.js';
import { toGrantSpecs } from '../src/services/accounts/role-assignments.js';

export const tinyPackDir = fileURLToPath(new URL('./fixtures/tiny', import.meta.url));
export const demoPackDir = fileURLToPath(
  new URL('../../../data/programmes/west-cheshire', import.meta.url),
);

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** An API token of a user with the board role in every loaded programme (getJson's default). */
  boardToken: string;
  close: () => Promise<void>;
}

/** A password that passes the strength rule; every test user has it. */
export const TEST_PASSWORD = 'test password for outcomes';

/** The token getJson sends for each app, so existing read tests stay one line. */
const defaultTokens = new WeakMap<FastifyInstance, string>();

/**
 * A fresh migrated store per test file (a SQLite file, or a PostgreSQL schema when TEST_ENGINE=postgres), with the given packs loaded, and the app on it.
 * A board user (board@test.local) holds the board role in every loaded programme.
 */
export async function startTestApp(
  packDirs: string[],
  options: Partial<Omit<AppOptions, 'db'>> = {},
): Promise<TestApp> {
  const store = await createTestDatabase();
  const db = createDb(store.location);
  await migrateToLatest(db);
  for (const packDir of packDirs) await loadPack(db, packDir);
  // Tests make many writes from one address and need no Secure cookie over inject.
  const app = await buildApp({
    ...options,
    db,
    auth: { cookieSecure: false, writeRateLimitPerMinute: 10_000, ...options.auth },
  });
  await app.ready();
  const programmes = await listProgrammes(db);
  let boardToken = '';
  if (programmes.length > 0) {
    const board = await createTestUser(db, {
      email: 'board@test.local',
      programmeId: programmes[0]!.id,
      roles: [{ role: 'board' }],
    });
    for (const p of programmes.slice(1)) {
      await db
        .insertInto('role_grant')
        .values({
          user_id: board.id,
          programme_id: p.id,
          role: 'board',
          partner_id: null,
          strand_ids: '[]',
          created_at: new Date().toISOString(),
        })
        .execute();
    }
    boardToken = board.token;
    defaultTokens.set(app, boardToken);
  }
  return {
    app,
    db,
    boardToken,
    close: async () => {
      await app.close();
      await db.destroy();
      await store.drop();
    },
  };
}

/**
 * GET as the app's default board user (see startTestApp), or with `auth` given: a token, a
 * session, or null for no credentials at all.
 */
export async function getJson<T = any>(
  app: FastifyInstance,
  url: string,
  auth: Credentials | null | undefined = undefined,
): Promise<{ status: number; body: T }> {
  const credentials = auth === undefined ? tokenCredentials(defaultTokens.get(app)) : auth;
  const res = await app.inject({ method: 'GET', url, headers: authHeaders(credentials) });
  return { status: res.statusCode, body: res.json() as T };
}

export interface RoleSpec {
  role: Role;
  partnerId?: string | null;
  strandIds?: string[];
}

export interface TestUser {
  id: number;
  email: string;
  password: string;
  /** An API token acting as the user. */
  token: string;
}

/** Creates an active account with roles in one programme (audited as 'system') and a token. */
export async function createTestUser(
  db: Db,
  user: { email: string; name?: string; programmeId: string; roles: RoleSpec[] },
): Promise<TestUser> {
  const grants = await toGrantSpecs(db, user.programmeId, user.roles);
  const id = await createUser(
    db,
    {
      email: user.email,
      name: user.name ?? user.email.split('@')[0]!,
      password: TEST_PASSWORD,
      programmeId: user.programmeId,
      grants,
    },
    SYSTEM_ACTOR,
  );
  const { token } = await createApiToken(db, id, { name: 'test', expiresInDays: 30 }, SYSTEM_ACTOR);
  return { id, email: user.email.toLowerCase(), password: TEST_PASSWORD, token };
}

/** How a test request proves who it is. */
export type Credentials =
  { token: string } | { cookie: string; csrfToken: string | null } | Record<string, never>;

export const tokenCredentials = (token: string | undefined): Credentials =>
  token === undefined ? {} : { token };

export function authHeaders(credentials: Credentials | null): Record<string, string> {
  if (credentials === null) return {};
  if ('token' in credentials) return { authorization: `Bearer ${credentials.token}` };
  if ('cookie' in credentials) {
    return {
      cookie: credentials.cookie,
      ...(credentials.csrfToken ? { 'x-csrf-token': credentials.csrfToken } : {}),
    };
  }
  return {};
}

/** The session cookie (as a Cookie header) and CSRF token from signing in. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string = TEST_PASSWORD,
  extraHeaders: Record<string, string> = {},
): Promise<{ cookie: string; csrfToken: string; status: number }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/login',
    payload: { email, password },
    headers: extraHeaders,
  });
  const setCookie = res.cookies.find((c) => c.name === 'outcomes_session');
  const body = res.json() as { csrfToken?: string };
  return {
    cookie: setCookie ? `${setCookie.name}=${setCookie.value}` : '',
    csrfToken: body.csrfToken ?? '',
    status: res.statusCode,
  };
}

/** Signs a test user in with their password: the session's cookie and CSRF token. */
export async function sessionOf(app: FastifyInstance, user: TestUser): Promise<Credentials> {
  const session = await signIn(app, user.email, user.password);
  if (session.status !== 200) throw new Error(`${user.email} could not sign in: ${session.status}`);
  return { cookie: session.cookie, csrfToken: session.csrfToken };
}

/** The returned figures, their revisions and the submissions, exactly as stored (to compare). */
export async function returnedFigures(db: Db): Promise<string> {
  const revisions = await db
    .selectFrom('actual_revision')
    .selectAll()
    .orderBy('metric_id')
    .orderBy('period_start')
    .orderBy('revision')
    .execute();
  const submissions = await db.selectFrom('submission').selectAll().orderBy('id').execute();
  return JSON.stringify({ revisions, submissions });
}

/** A programme's data version (every write to what a read shows raises it). */
export async function dataVersion(db: Db, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('programme')
    .select('data_version')
    .where('id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.data_version);
}

/** `app.inject` with credentials. */
export function injectAs(
  app: FastifyInstance,
  credentials: Credentials | null,
  options: InjectOptions & { method: InjectOptions['method']; url: string },
) {
  return app.inject({
    ...options,
    headers: { ...authHeaders(credentials), ...(options.headers ?? {}) },
  });
}

/**
 * sha256 over every row of every table except the session and token bookkeeping (last seen,
 * last used) and the sign-in and write-rate-limit counts (a refused request still counts):
 * equal checksums, nothing changed.
 */
export const storeChecksum = (db: Db): Promise<string> =>
  checksumStore(db, {
    exclude: ['session', 'api_token', 'sign_in_failure', 'rate_limit_window'],
  });

/** Every route of the app with its methods, read from Fastify's own route tree. */
export function allRoutes(tree: string): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[2]!;
    stack[depth] = path;
    if (match[3]) out.push({ path, methods: match[3].split(', ').filter((m) => m !== 'HEAD') });
  }
  return out;
}

/**
 * Change-listener timings for tests that count the queries of a read served from a kept context.
 * The default freshness window (250 ms) suits production, but on a loaded 2-core CI machine one
 * read can outlast it; the server then reads the context from the store, which is correct and one
 * query more than such a test counts (a CI run failed so). A writer still waits for every
 * listener's acknowledgement, so the wider window changes no answer, only how long a stalled
 * listener would be trusted.
 */
export const UNHURRIED_CONTEXT_CHANGES = { freshForMs: 10_000, barrierTimeoutMs: 20_000 };

/**
 * Counts the queries a store runs once `plugin` is on it (`db.withPlugin(counter.plugin)`): its
 * transformResult hook runs once for every query executed, including queries compiled once and
 * run again.
 */
export function queryCounter(): {
  plugin: KyselyPlugin;
  count: () => number;
  /** The column names of each query's result, in order (tells one kind of query from another). */
  columns: () => string[][];
} {
  let queries = 0;
  const columns: string[][] = [];
  return {
    plugin: {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        queries += 1;
        columns.push(Object.keys(args.result.rows[0] ?? {}));
        return args.result;
      },
    },
    count: () => queries,
    columns: () => columns.slice(),
  };
}

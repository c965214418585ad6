// Hardening: injection strings in every id and query parameter, security headers, body and write
// limits, and error answers that never carry internals.
import { createDb, migrateToLatest } from '@outcomes/db';
import { createTestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import {
  createTestUser,
  injectAs,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
  type TestUser,
} from './helpers.js';

let t: TestApp;
let everything: TestUser;

const INJECTIONS = [
  "' OR '1'='1",
  "tiny' --",
  '1; DROP TABLE audit_log; --',
  '1 UNION SELECT email, password_hash FROM app_user',
  '") OR 1=1 --',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
  '%00',
  '-1',
  '9'.repeat(40),
];

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
}

async function documentedOperations(): Promise<Operation[]> {
  const doc = (
    await injectAs(t.app, { token: everything.token }, { method: 'GET', url: '/api/docs/json' })
  ).json() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
      });
    }
  }
  return operations;
}

const SAMPLE: Record<string, string> = {
  programmeId: 'tiny',
  strandId: 'safety',
  metricId: 'incidents',
  partnerId: 'police',
};

function urlFor(op: Operation, override: Record<string, string> = {}): string {
  return op.path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) =>
    encodeURIComponent(override[name] ?? SAMPLE[name] ?? '1'),
  );
}

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  // Every role, so that authorisation never hides what the input checks do.
  everything = await createTestUser(t.db, {
    email: 'everything@test.local',
    programmeId: 'tiny',
    roles: [
      { role: 'board' },
      { role: 'finance' },
      { role: 'admin' },
      { role: 'sponsor', strandIds: ['safety', 'jobs'] },
      { role: 'data-officer', partnerId: 'police' },
    ],
  });
});
afterAll(async () => t.close());

describe('injection strings', () => {
  it('in every path id: a 4xx, and nothing changes', async () => {
    const operations = (await documentedOperations()).filter((op) => op.pathParams.length > 0);
    expect(operations.length).toBeGreaterThan(5);
    const before = await storeChecksum(t.db);
    for (const op of operations) {
      for (const param of op.pathParams) {
        for (const evil of INJECTIONS) {
          const url = urlFor(op, { [param]: evil });
          const res = await injectAs(
            t.app,
            { token: everything.token },
            {
              method: op.method as 'GET',
              url,
              ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { payload: {} }),
            },
          );
          expect(res.statusCode, `${op.method} ${url}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, `${op.method} ${url}`).toBeLessThan(500);
          expect(res.body).not.toMatch(/sqlite|SQL|syntax|stack/i);
        }
      }
    }
    expect(await storeChecksum(t.db)).toBe(before);
    // Every documented route times every injection string: seconds on a loaded machine.
  }, 30_000);

  it('in every query parameter: a 4xx, and nothing changes', async () => {
    const operations = (await documentedOperations()).filter((op) => op.queryParams.length > 0);
    expect(operations.length).toBeGreaterThan(2);
    const before = await storeChecksum(t.db);
    for (const op of operations) {
      for (const param of op.queryParams) {
        for (const evil of INJECTIONS) {
          const url = `${urlFor(op)}?${param}=${encodeURIComponent(evil)}`;
          const res = await injectAs(
            t.app,
            { token: everything.token },
            {
              method: op.method as 'GET',
              url,
            },
          );
          expect(res.statusCode, `${op.method} ${url}`).toBeGreaterThanOrEqual(400);
          expect(res.statusCode, `${op.method} ${url}`).toBeLessThan(500);
        }
      }
    }
    expect(await storeChecksum(t.db)).toBe(before);
  });

  it('in a sign-in email: the same refusal as any wrong email', async () => {
    for (const evil of INJECTIONS) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: `${evil}@test.local`, password: 'whatever it might be' },
        remoteAddress: '10.9.9.9',
      });
      expect([401, 429]).toContain(res.statusCode);
    }
  });

  it('in free text: stored as the text it is (parameterised queries)', async () => {
    const name = "Robert'); DROP TABLE app_user; --";
    const res = await injectAs(
      t.app,
      { token: everything.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: {
          email: 'bobby@test.local',
          name,
          password: 'an entirely ordinary passphrase',
          roles: [{ role: 'board' }],
        },
      },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe(name);
    const users = await t.db.selectFrom('app_user').select('name').execute();
    expect(users.map((u) => u.name)).toContain(name);
  });

  it('role scopes must be ids of the programme', async () => {
    const res = await injectAs(
      t.app,
      { token: everything.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: {
          email: 'scoped@test.local',
          name: 'Scoped',
          password: 'a long enough passphrase',
          roles: [{ role: 'data-officer', partnerId: "police' OR '1'='1" }],
        },
      },
    );
    expect(res.statusCode).toBe(400);
  });
});

describe('security headers', () => {
  it('a strict Content-Security-Policy and the usual protections on every answer', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // Plain http in development: no HSTS (see auth.test.ts for HTTPS).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('limits', () => {
  it('refuses a body over the limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email: 'a@b.cd', password: 'x'.repeat(100), padding: 'y'.repeat(20_000) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('rate-limits writes per user; reads are not limited', async () => {
    const limited = await startTestApp([tinyPackDir], { auth: { writeRateLimitPerMinute: 2 } });
    try {
      const user = await createTestUser(limited.db, {
        email: 'busy@test.local',
        programmeId: 'tiny',
        roles: [{ role: 'admin' }],
      });
      const write = () =>
        injectAs(
          limited.app,
          { token: user.token },
          {
            method: 'PUT',
            url: `/api/programmes/tiny/users/${user.id}/roles`,
            payload: { roles: [{ role: 'admin' }] },
          },
        );
      expect((await write()).statusCode).toBe(200);
      expect((await write()).statusCode).toBe(200);
      const third = await write();
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('too_many_requests');
      for (let i = 0; i < 5; i++) {
        const read = await injectAs(
          limited.app,
          { token: user.token },
          {
            method: 'GET',
            url: '/api/programmes',
          },
        );
        expect(read.statusCode).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});

describe('errors', () => {
  it('a server error carries no stack, SQL or message from inside', async () => {
    const store = await createTestDatabase();
    const db = createDb(store.location);
    await migrateToLatest(db);
    const app = await buildApp({ db, auth: { cookieSecure: false } });
    await app.ready();
    try {
      // A broken store: every lookup fails inside the database (SQLite or PostgreSQL).
      await db.schema.dropTable('api_token').execute();
      const res = await app.inject({
        method: 'GET',
        url: '/api/programmes',
        headers: { authorization: `Bearer otk_${'a'.repeat(43)}` },
      });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        error: {
          code: 'internal',
          message: 'Something went wrong on the server. It has been logged.',
        },
      });
    } finally {
      await app.close();
      await db.destroy();
      await store.drop();
    }
  });
});

// Several API processes behind a load balancer, on one store: two app instances, each with its own
// connection to the store and nothing else in common, must count sign-in failures and writes
// against one limit. (In process memory, each would allow the whole limit.)
import { createDb, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import type { AuthOptions } from '../src/lib/auth-options.js';
import { createTestUser, injectAs, TEST_PASSWORD, tinyPackDir, type TestUser } from './helpers.js';

let store: TestDatabase;
const dbs: Db[] = [];
const apps: FastifyInstance[] = [];
let admin: TestUser;

/** An app as another process would run it: its own connection to the store. */
async function appOnStore(auth: Partial<AuthOptions>): Promise<FastifyInstance> {
  const db = createDb(store.location);
  dbs.push(db);
  const app = await buildApp({ db, auth: { cookieSecure: false, ...auth } });
  apps.push(app);
  await app.ready();
  return app;
}

beforeAll(async () => {
  store = await createTestDatabase();
  const db = createDb(store.location);
  dbs.push(db);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  admin = await createTestUser(db, {
    email: 'admin@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'admin' }],
  });
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await Promise.all(dbs.map((db) => db.destroy()));
  await store?.drop();
});

const signIn = (app: FastifyInstance, email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/login', payload: { email, password }, remoteAddress });

describe('sign-in throttling across app instances', () => {
  // Sign-in is a write too: the write limit is set out of the way here.
  const limits = {
    loginMaxFailuresPerAccount: 3,
    loginMaxFailuresPerAddress: 5,
    writeRateLimitPerMinute: 1000,
  };
  let first: FastifyInstance;
  let second: FastifyInstance;
  beforeAll(async () => {
    first = await appOnStore(limits);
    second = await appOnStore(limits);
  });

  it('counts failures on either instance against one limit per account', async () => {
    const user = await createTestUser(dbs[0]!, {
      email: 'shared-account@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    // Three failures, from three addresses, split between the instances: the account's limit.
    expect((await signIn(first, user.email, 'wrong guess one', '10.3.0.1')).statusCode).toBe(401);
    expect((await signIn(second, user.email, 'wrong guess two', '10.3.0.2')).statusCode).toBe(401);
    expect((await signIn(first, user.email, 'wrong guess three', '10.3.0.3')).statusCode).toBe(401);
    // Neither instance saw three failures itself; both refuse the right password now.
    for (const app of [second, first]) {
      const locked = await signIn(app, user.email, TEST_PASSWORD, '10.3.0.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('too_many_requests');
      // Seconds until the window that began at the first failure ends: at most 15 minutes.
      const retryAfter = Number(locked.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(15 * 60 - 30);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    }
  });

  it('counts failures on either instance against one limit per address', async () => {
    const user = await createTestUser(dbs[0]!, {
      email: 'sprayed@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    for (let i = 0; i < 5; i++) {
      const app = i % 2 === 0 ? first : second;
      const res = await signIn(app, `spray-${i}@test.local`, 'password spraying', '10.4.0.1');
      expect(res.statusCode).toBe(401);
    }
    expect((await signIn(second, user.email, TEST_PASSWORD, '10.4.0.1')).statusCode).toBe(429);
    expect((await signIn(first, user.email, TEST_PASSWORD, '10.4.0.1')).statusCode).toBe(429);
    // Another address is not affected, on either instance.
    expect((await signIn(second, user.email, TEST_PASSWORD, '10.4.0.2')).statusCode).toBe(200);
  });

  it('a success on one instance clears the account’s count for the other', async () => {
    const user = await createTestUser(dbs[0]!, {
      email: 'forgetful@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    for (const n of [1, 2]) {
      const res = await signIn(first, user.email, `wrong guess ${n}`, `10.5.0.${n}`);
      expect(res.statusCode).toBe(401);
    }
    expect((await signIn(second, user.email, TEST_PASSWORD, '10.5.0.3')).statusCode).toBe(200);
    // Two more failures would have locked the account had the first two still counted.
    for (const n of [4, 5]) {
      const res = await signIn(first, user.email, `wrong guess ${n}`, `10.5.0.${n}`);
      expect(res.statusCode).toBe(401);
    }
    expect((await signIn(first, user.email, TEST_PASSWORD, '10.5.0.6')).statusCode).toBe(200);
  });
});

describe('write rate limit across app instances', () => {
  let first: FastifyInstance;
  let second: FastifyInstance;
  beforeAll(async () => {
    first = await appOnStore({ writeRateLimitPerMinute: 3 });
    second = await appOnStore({ writeRateLimitPerMinute: 3 });
  });

  const write = (app: FastifyInstance, token: string) =>
    injectAs(
      app,
      { token },
      {
        method: 'PUT',
        url: `/api/programmes/tiny/users/${admin.id}/roles`,
        payload: { roles: [{ role: 'admin' }] },
      },
    );

  it('counts one user’s writes on either instance against one limit; reads are not limited', async () => {
    const one = await write(first, admin.token);
    expect(one.statusCode).toBe(200);
    expect(one.headers['x-ratelimit-limit']).toBe('3');
    expect(one.headers['x-ratelimit-remaining']).toBe('2');
    const two = await write(second, admin.token);
    expect(two.statusCode).toBe(200);
    expect(two.headers['x-ratelimit-remaining']).toBe('1');
    expect((await write(first, admin.token)).statusCode).toBe(200);

    for (const app of [second, first]) {
      const refused = await write(app, admin.token);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toMatchObject({ code: 'too_many_requests' });
      expect(refused.json().error.message).toMatch(/^Too many changes in a short time: wait \d+/);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
    }
    for (const app of [first, second]) {
      const read = await injectAs(
        app,
        { token: admin.token },
        { method: 'GET', url: '/api/programmes' },
      );
      expect(read.statusCode).toBe(200);
    }
  });

  it('keeps each user’s count separate', async () => {
    const other = await createTestUser(dbs[0]!, {
      email: 'other-admin@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    // The first test's user is at the limit; this one has all three writes.
    expect((await write(second, other.token)).statusCode).toBe(200);
    expect((await write(first, other.token)).statusCode).toBe(200);
    expect((await write(second, other.token)).statusCode).toBe(200);
    expect((await write(first, other.token)).statusCode).toBe(429);
  });

  it('concurrent writes through both instances are each counted once', async () => {
    const busy = await createTestUser(dbs[0]!, {
      email: 'concurrent-admin@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    // Signing out with a token is a write that changes nothing, so any number may run at once.
    const signOut = (app: FastifyInstance) =>
      injectAs(app, { token: busy.token }, { method: 'POST', url: '/api/logout' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signOut(i % 2 === 0 ? first : second)),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    // Exactly the limit got through, however the writes interleaved.
    expect(codes).toEqual([204, 204, 204, 429, 429, 429, 429, 429, 429, 429]);
  });
});

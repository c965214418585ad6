// 200 wrong passwords for one account at once: the throttle counts each attempt before its
// password is checked, in one atomic statement, so no more than the limit (5 per account by
// default) are ever checked and answered "not right"; every other is a 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  startTestApp,
  TEST_PASSWORD,
  tinyPackDir,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let email: string;

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  email = (
    await createTestUser(t.db, {
      email: 'target@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    })
  ).email;
});
afterAll(async () => t.close());

describe('200 concurrent wrong passwords for one account', () => {
  it('answers at most 5 "not right" and throttles the rest with Retry-After', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/login',
          payload: { email, password: `wrong guess number ${i}` },
          // Many addresses, so the per-account limit is the one that binds.
          remoteAddress: `10.20.${Math.floor(i / 100)}.${i % 100}`,
        }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(195);
    for (const throttled of answers.filter((a) => a.statusCode === 429)) {
      const retryAfter = Number(throttled.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(throttled.json().error.code).toBe('too_many_requests');
    }
    // The right password is refused too until the window ends: the account is locked, not probed.
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { email, password: TEST_PASSWORD },
      remoteAddress: '10.21.0.1',
    });
    expect(right.statusCode).toBe(429);
  });

  it('from one address, throttles at the account limit too (the address limit is higher)', async () => {
    const other = await createTestUser(t.db, {
      email: 'second-target@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/login',
          payload: { email: other.email, password: `another wrong guess ${i}` },
          remoteAddress: '10.22.0.1',
        }),
      ),
    );
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.statusCode === 429)).toHaveLength(195);
  });
});

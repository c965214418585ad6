// Role changes arriving at once. On PostgreSQL each request has its own connection, so without a
// lock two changes would interleave: both deleting and re-inserting the same grants (a duplicate
// key, answered 500), or two admins removing each other both passing the last-admin rule.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestUser,
  injectAs,
  startTestApp,
  tinyPackDir,
  type TestApp,
  type TestUser,
} from './helpers.js';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp([tinyPackDir]);
});
afterEach(async () => t.close());

const putRoles = (by: TestUser, target: TestUser, roles: object[]) =>
  injectAs(
    t.app,
    { token: by.token },
    { method: 'PUT', url: `/api/programmes/tiny/users/${target.id}/roles`, payload: { roles } },
  );

async function rolesOf(user: TestUser): Promise<string[]> {
  const rows = await t.db
    .selectFrom('role_grant')
    .select('role')
    .where('user_id', '=', user.id)
    .where('programme_id', '=', 'tiny')
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

describe('role changes at the same time', () => {
  it('to one user all succeed, one after another, each audited', async () => {
    const admin = await createTestUser(t.db, {
      email: 'admin@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    const target = await createTestUser(t.db, {
      email: 'target@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const changes = [
      [{ role: 'finance' }],
      [{ role: 'board' }, { role: 'finance' }],
      [{ role: 'board' }],
      [{ role: 'finance' }, { role: 'admin' }],
      [{ role: 'board' }, { role: 'admin' }],
    ];
    const answers = await Promise.all(changes.map((roles) => putRoles(admin, target, roles)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200]);

    // The grants are exactly one of the requested sets (the last to commit), never a mixture.
    const requested = changes.map((roles) => roles.map((r) => r.role).sort());
    expect(requested).toContainEqual(await rolesOf(target));
    const entries = await t.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'role-change')
      .where('entity_id', '=', String(target.id))
      .orderBy('id')
      .execute();
    expect(entries).toHaveLength(5);
    // The last entry written describes the grants that stand.
    const last = JSON.parse(entries[4]!.after!) as { roles: { role: string }[] };
    expect(last.roles.map((r) => r.role).sort()).toEqual(await rolesOf(target));
  });

  it('two admins removing each other: one succeeds, the other is refused', async () => {
    const first = await createTestUser(t.db, {
      email: 'first@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    const second = await createTestUser(t.db, {
      email: 'second@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    const answers = await Promise.all([
      putRoles(first, second, [{ role: 'board' }]),
      putRoles(second, first, [{ role: 'board' }]),
    ]);
    // The refusal is 409 (the last-admin rule) when both passed the permission check before either
    // committed, or 403 when the loser's check already saw it was no longer an admin.
    const [won, lost] = answers.map((a) => a.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    // The programme keeps exactly one admin: whoever's removal was refused.
    const admins = [await rolesOf(first), await rolesOf(second)].filter((r) => r.includes('admin'));
    expect(admins).toHaveLength(1);
  });
});

describe('accounts made at the same time', () => {
  it('two invitations of one email: one account is made, the other request is a conflict', async () => {
    const admin = await createTestUser(t.db, {
      email: 'inviter@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    const invite = () =>
      injectAs(
        t.app,
        { token: admin.token },
        {
          method: 'POST',
          url: '/api/programmes/tiny/users',
          payload: {
            email: 'twice@test.local',
            name: 'Invited Twice',
            password: 'a long enough invitation passphrase',
            roles: [{ role: 'board' }],
          },
        },
      );
    const answers = await Promise.all([invite(), invite()]);
    // Whether the loser saw the account already there (the service's own check) or lost the race
    // at the insert (the store's unique key, answered by the error handler: see
    // packages/db/test/unique-violation.test.ts), the answer is 409, never a 500.
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json().error.code).toBe('conflict');
    const accounts = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'twice@test.local')
      .execute();
    expect(accounts).toHaveLength(1);
  });
});

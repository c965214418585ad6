// The audit log: written with every change, in the same transaction; readable and exportable by
// finance and admin; never alterable, through the API or otherwise.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestUser,
  injectAs,
  signIn,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
  type TestUser,
} from './helpers.js';

let t: TestApp;
let admin: TestUser;
let finance: TestUser;

const audit = async (query = '') =>
  (
    await injectAs(
      t.app,
      { token: finance.token },
      {
        method: 'GET',
        url: `/api/programmes/tiny/audit${query}`,
      },
    )
  ).json();

beforeAll(async () => {
  t = await startTestApp([tinyPackDir]);
  admin = await createTestUser(t.db, {
    email: 'admin@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'admin' }],
  });
  finance = await createTestUser(t.db, {
    email: 'finance@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'finance' }],
  });
});
afterAll(async () => t.close());

describe('entries are written with every change', () => {
  it('has the pack load, by the system', async () => {
    const { entries } = await audit('?action=pack-load');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      programmeId: 'tiny',
      actor: 'system',
      actorUserId: null,
      entity: 'programme',
      entityId: 'tiny',
      detail: { replaced: false },
    });
  });

  it('records an invitation: who, when, the new user and their roles', async () => {
    const before = Date.now();
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: {
          email: 'Sam.Sponsor@Test.Local',
          name: 'Sam Sponsor',
          password: 'sam has a long passphrase',
          roles: [{ role: 'sponsor', strandIds: ['safety'] }],
        },
      },
    );
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: 'sam.sponsor@test.local', disabled: false });
    const { entries } = await audit('?action=user-create&actor=admin@test.local');
    const entry = entries.find((e: { entityId: string }) => e.entityId === String(user.id));
    expect(entry).toMatchObject({
      actor: 'admin@test.local',
      actorUserId: admin.id,
      action: 'user-create',
      entity: 'user',
      before: null,
      after: {
        id: user.id,
        email: 'sam.sponsor@test.local',
        name: 'Sam Sponsor',
        disabled: false,
        roles: [{ role: 'sponsor', partnerId: null, strandIds: ['safety'] }],
      },
    });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(JSON.stringify(entry)).not.toContain('passphrase');
  });

  it('records a role change with the roles before and after', async () => {
    const target = await createTestUser(t.db, {
      email: 'target@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'PUT',
        url: `/api/programmes/tiny/users/${target.id}/roles`,
        payload: { roles: [{ role: 'data-officer', partnerId: 'police' }, { role: 'board' }] },
      },
    );
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .roles.map((r: { role: string }) => r.role)
        .sort(),
    ).toEqual(['board', 'data-officer']);
    const { entries } = await audit('?action=role-change');
    expect(entries[0]).toMatchObject({
      actor: 'admin@test.local',
      entityId: String(target.id),
      before: { roles: [{ role: 'board', partnerId: null, strandIds: [] }] },
      after: {
        roles: [
          { role: 'data-officer', partnerId: 'police', strandIds: [] },
          { role: 'board', partnerId: null, strandIds: [] },
        ],
      },
    });
  });

  it('records disabling and enabling an account', async () => {
    const target = await createTestUser(t.db, {
      email: 'leaver@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    for (const action of ['disable', 'enable']) {
      const res = await injectAs(
        t.app,
        { token: admin.token },
        {
          method: 'POST',
          url: `/api/programmes/tiny/users/${target.id}/${action}`,
        },
      );
      expect(res.statusCode).toBe(200);
    }
    const { entries } = await audit(`?actor=admin@test.local`);
    const mine = entries.filter((e: { entityId: string }) => e.entityId === String(target.id));
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['user-enable', 'user-disable']);
    expect(mine[1]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
  });

  it('records token creation and revocation, never the token', async () => {
    const session = await signIn(t.app, finance.email);
    const created = await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/me/tokens',
      payload: { name: 'ledger export' },
    });
    const { token, id } = created.json();
    await injectAs(t.app, session, { method: 'DELETE', url: `/api/me/tokens/${id}` });
    const { entries } = await audit('?actor=finance@test.local');
    expect(entries.map((e: { action: string }) => e.action).slice(0, 2)).toEqual([
      'token-revoke',
      'token-create',
    ]);
    expect(entries[1].after).toMatchObject({ id, name: 'ledger export', userId: finance.id });
    const all = await t.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain(token);
  });

  it('records a password change without the password or its hash', async () => {
    const user = await createTestUser(t.db, {
      email: 'changer@test.local',
      programmeId: 'tiny',
      roles: [{ role: 'board' }],
    });
    const session = await signIn(t.app, user.email);
    await injectAs(t.app, session, {
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: user.password, newPassword: 'a completely new passphrase' },
    });
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'password-change')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'changer@test.local', entity_id: String(user.id) });
    expect(JSON.stringify(rows)).not.toMatch(/new passphrase|argon2/);
  });

  it('a refused change writes no entry (the change and its entry commit together)', async () => {
    // Removing the only admin's admin role would leave the programme without one: refused.
    const before = await storeChecksum(t.db);
    const res = await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'PUT',
        url: `/api/programmes/tiny/users/${admin.id}/roles`,
        payload: { roles: [{ role: 'board' }] },
      },
    );
    expect(res.statusCode).toBe(409);
    expect(await storeChecksum(t.db)).toBe(before);
  });
});

describe('entries cannot be altered', () => {
  it.each(['PUT', 'PATCH', 'DELETE', 'POST'] as const)(
    'no %s route touches the audit log',
    async (method) => {
      const before = await storeChecksum(t.db);
      for (const url of [
        '/api/programmes/tiny/audit',
        '/api/programmes/tiny/audit/1',
        '/api/programmes/tiny/audit.csv',
      ]) {
        const res = await injectAs(
          t.app,
          { token: admin.token },
          {
            method,
            url,
            payload: { action: 'nothing-happened' },
          },
        );
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      expect(await storeChecksum(t.db)).toBe(before);
    },
  );

  it('the store itself refuses UPDATE and DELETE of an entry', async () => {
    await expect(sql`update audit_log set actor = 'someone else'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });
});

describe('reading and exporting', () => {
  it('filters by action, actor and dates, newest first, with paging', async () => {
    const all = await audit();
    expect(all.total).toBeGreaterThan(5);
    expect(all.actions).toEqual(
      expect.arrayContaining(['pack-load', 'user-create', 'role-change']),
    );
    const ids = all.entries.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const page = await audit('?limit=2&offset=1');
    expect(page.entries.map((e: { id: number }) => e.id)).toEqual(ids.slice(1, 3));
    expect(page.total).toBe(all.total);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(`?from=${today}&to=${today}`)).total).toBe(all.total);
    expect((await audit('?to=2000-01-01')).total).toBe(0);
    expect((await audit('?actor=nobody@test.local')).entries).toEqual([]);
  });

  it('exports the filtered log as CSV, defusing spreadsheet formulas', async () => {
    await injectAs(
      t.app,
      { token: admin.token },
      {
        method: 'POST',
        url: '/api/programmes/tiny/users',
        payload: {
          email: 'formula@test.local',
          name: '=HYPERLINK("http://evil.example","click")',
          password: 'spreadsheets have long passphrases',
          roles: [{ role: 'board' }],
        },
      },
    );
    const res = await injectAs(
      t.app,
      { token: finance.token },
      {
        method: 'GET',
        url: '/api/programmes/tiny/audit.csv?action=user-create',
      },
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="audit-tiny.csv"');
    const lines = res.body.trim().split('\r\n');
    expect(lines[0]).toBe('id,at,actor,actor_user_id,action,entity,entity_id,before,after,detail');
    expect(lines.slice(1).every((l) => l.includes(',user-create,'))).toBe(true);
    // The name sits inside the JSON of `after`, so the cell starts with "{", not "=".
    expect(res.body).toContain('HYPERLINK');
    for (const line of lines.slice(1)) expect(line).not.toMatch(/(^|,)=/);
  });

  it('refuses bad filters with 400', async () => {
    const res = await injectAs(
      t.app,
      { token: finance.token },
      {
        method: 'GET',
        url: `/api/programmes/tiny/audit?actor=${encodeURIComponent("x' OR '1'='1")}`,
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('actor');
  });
});

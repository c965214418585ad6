// The installation administrator role: granting and removing are audited with no programme, the
// last one cannot be removed (even by two removals at once), and the one-query request context
// reads the role. On the engine this run is for (TEST_ENGINE).
import type { Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRequestContext } from '../src/accounts/request-context.js';
import {
  grantInstallationAdmin,
  isInstallationAdmin,
  LastInstallationAdminError,
  listInstallationAdmins,
  revokeInstallationAdmin,
} from '../src/accounts/installation-admins.js';
import { insertUser } from '../src/accounts/users.js';
import type { AuditActor } from '../src/audit/record-audit.js';
import type { Database } from '../src/schema/database.js';
import { migratedTestDb, removeTempDirs } from './helpers.js';

afterAll(removeTempDirs);

const CLI: AuditActor = { userId: null, label: 'cli' };

async function addUser(db: Kysely<Database>, email: string) {
  const now = new Date().toISOString();
  const id = await insertUser(db, {
    email,
    name: email,
    password_hash: 'x',
    disabled_at: null,
    created_at: now,
    updated_at: now,
  });
  return { id, email };
}

async function auditRows(db: Kysely<Database>) {
  return db
    .selectFrom('audit_log')
    .select(['programme_id', 'actor', 'action', 'entity', 'entity_id', 'before', 'after'])
    .where('action', 'like', 'installation-admin-%')
    .orderBy('id')
    .execute();
}

describe('installation administrators', () => {
  it('grants and removes the role, auditing each change with no programme', async () => {
    const db = await migratedTestDb();
    const ann = await addUser(db, 'ann@example.org');
    const bob = await addUser(db, 'bob@example.org');
    expect(await grantInstallationAdmin(db, ann, CLI)).toBe(true);
    // Already one: nothing written.
    expect(await grantInstallationAdmin(db, ann, CLI)).toBe(false);
    expect(await grantInstallationAdmin(db, bob, CLI)).toBe(true);
    expect((await listInstallationAdmins(db)).map((a) => a.email)).toEqual([
      'ann@example.org',
      'bob@example.org',
    ]);
    expect(await revokeInstallationAdmin(db, ann, CLI)).toBe(true);
    expect(await isInstallationAdmin(db, ann.id)).toBe(false);
    expect(await revokeInstallationAdmin(db, ann, CLI)).toBe(false);

    const rows = await auditRows(db);
    expect(rows.map((r) => [r.programme_id, r.actor, r.action, r.entity_id])).toEqual([
      [null, 'cli', 'installation-admin-grant', String(ann.id)],
      [null, 'cli', 'installation-admin-grant', String(bob.id)],
      [null, 'cli', 'installation-admin-remove', String(ann.id)],
    ]);
    expect(JSON.parse(rows[2]!.before!)).toEqual({ installationAdmin: true });
    expect(JSON.parse(rows[2]!.after!)).toEqual({ installationAdmin: false });
    await db.destroy();
  });

  it('never removes the last one, and writes nothing when it refuses', async () => {
    const db = await migratedTestDb();
    const ann = await addUser(db, 'ann@example.org');
    await grantInstallationAdmin(db, ann, CLI);
    await expect(revokeInstallationAdmin(db, ann, CLI)).rejects.toBeInstanceOf(
      LastInstallationAdminError,
    );
    expect(await isInstallationAdmin(db, ann.id)).toBe(true);
    expect((await auditRows(db)).map((r) => r.action)).toEqual(['installation-admin-grant']);
    await db.destroy();
  });

  it('leaves one when two admins are removed at once', async () => {
    const db = await migratedTestDb();
    const ann = await addUser(db, 'ann@example.org');
    const bob = await addUser(db, 'bob@example.org');
    await grantInstallationAdmin(db, ann, CLI);
    await grantInstallationAdmin(db, bob, CLI);
    const results = await Promise.allSettled([
      revokeInstallationAdmin(db, ann, CLI),
      revokeInstallationAdmin(db, bob, CLI),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(
      LastInstallationAdminError,
    );
    expect(await listInstallationAdmins(db)).toHaveLength(1);
    await db.destroy();
  });

  it('is read with the credential in the request context', async () => {
    const db = await migratedTestDb();
    const ann = await addUser(db, 'ann@example.org');
    const now = new Date().toISOString();
    await db
      .insertInto('session')
      .values({
        id: 'hash-1',
        user_id: ann.id,
        csrf_token: 'c',
        created_at: now,
        last_seen_at: now,
        expires_at: now,
        ip: null,
        user_agent: null,
      })
      .execute();
    expect((await loadRequestContext(db, { session: 'hash-1' }, null))?.user).toMatchObject({
      installationAdmin: false,
    });
    await grantInstallationAdmin(db, ann, CLI);
    expect((await loadRequestContext(db, { session: 'hash-1' }, null))?.user).toMatchObject({
      installationAdmin: true,
    });
    await db.destroy();
  });
});

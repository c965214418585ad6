// `npm run users -- installation-admin`, end to end: spawned as a real process (through tsx, on
// the TypeScript sources) against a store of this run's engine. It grants the role, lists it,
// refuses to remove the last one (exit 1, nothing changed) and audits each change as 'cli' with
// no programme.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDb, listInstallationAdmins, loadPack, migrateToLatest, type Db } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, tinyPackDir } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '../src/cli/users.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let store: TestDatabase;
let db: Db;

function users(args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    env: { ...process.env, ...store.env, OUTCOMES_PASSWORD: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  for (const email of ['ann@test.local', 'bob@test.local']) {
    await createTestUser(db, { email, programmeId: 'tiny', roles: [{ role: 'board' }] });
  }
});
afterAll(async () => {
  await db.destroy();
  await store.drop();
});

describe('npm run users -- installation-admin', { timeout: 120_000 }, () => {
  it('makes two accounts installation administrators and lists them', async () => {
    expect(users(['installation-admin', '--email', 'Ann@Test.local']).stdout).toContain(
      'ann@test.local is now an installation administrator.',
    );
    expect(users(['installation-admin', '--email', 'bob@test.local']).code).toBe(0);
    expect((await listInstallationAdmins(db)).map((a) => a.email)).toEqual([
      'ann@test.local',
      'bob@test.local',
    ]);
    expect(users(['list']).stdout).toMatch(/ann@test\.local\t.*\tinstallation-admin tiny\/board/);
  });

  it('removes one, refuses to remove the last (exit 1), and audits as cli', async () => {
    expect(users(['installation-admin', '--email', 'bob@test.local', '--remove']).code).toBe(0);
    const last = users(['installation-admin', '--email', 'ann@test.local', '--remove']);
    expect(last.code).toBe(1);
    expect(last.stderr).toContain('ann@test.local is the last installation administrator');
    expect((await listInstallationAdmins(db)).map((a) => a.email)).toEqual(['ann@test.local']);
    const audit = await db
      .selectFrom('audit_log')
      .select(['programme_id', 'actor', 'action'])
      .where('action', 'like', 'installation-admin-%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { programme_id: null, actor: 'cli', action: 'installation-admin-grant' },
      { programme_id: null, actor: 'cli', action: 'installation-admin-grant' },
      { programme_id: null, actor: 'cli', action: 'installation-admin-remove' },
    ]);
  });

  it('refuses an email with no account (exit 1) and a missing --email (exit 2)', () => {
    expect(users(['installation-admin', '--email', 'nobody@test.local']).code).toBe(1);
    expect(users(['installation-admin']).code).toBe(2);
  });
});

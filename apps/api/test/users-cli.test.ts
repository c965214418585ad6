// `npm run users`, end to end: spawned as a real process (through tsx, on the TypeScript sources)
// against a store of this run's engine (a temporary SQLite file at DATABASE_PATH, or a PostgreSQL
// schema at DATABASE_URL) holding the tiny programme and no user at all.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDb, loadPack, migrateToLatest } from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { tinyPackDir } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(here, '../src/cli/users.ts');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let store: TestDatabase;

function users(args: string[], env: Record<string, string> = {}, input?: string) {
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', TSX, CLI, ...args], {
    // store.env sets DATABASE_URL (empty for SQLite), so the parent's own never leaks in.
    env: { ...process.env, ...store.env, OUTCOMES_PASSWORD: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  store = await createTestDatabase();
  const db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  await db.destroy();
});
afterAll(() => store.drop());

describe('npm run users', { timeout: 60_000 }, () => {
  it('lists no accounts in a fresh store', () => {
    const run = users(['list']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('No accounts yet.');
  });

  it('adds the first admin with the password from OUTCOMES_PASSWORD', () => {
    const run = users(
      [
        'add',
        '--email',
        'Ops@Example.org',
        '--name',
        'Operator',
        '--programme',
        'tiny',
        '--role',
        'admin',
      ],
      { OUTCOMES_PASSWORD: 'admins choose long passphrases' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Created ops@example\.org \(user \d+\) with the role admin in programme tiny\.$/m,
    );
  });

  it('reads the password from standard input when it is not a terminal', () => {
    const run = users(
      [
        'add',
        '--email',
        'police-returns@example.org',
        '--name',
        'Police returns',
        '--programme',
        'tiny',
        '--role',
        'data-officer',
        '--partner',
        'police',
      ],
      {},
      'a passphrase typed on stdin\n',
    );
    expect(run.code).toBe(0);
  });

  it('gives an existing account another role, keeping its others', () => {
    const run = users([
      'add',
      '--email',
      'ops@example.org',
      '--programme',
      'tiny',
      '--role',
      'sponsor',
      '--strand',
      'safety',
      '--strand',
      'jobs',
    ]);
    expect(run.code).toBe(0);
    const list = users(['list']);
    expect(list.stdout).toContain(
      'ops@example.org\tOperator\tactive\ttiny/admin tiny/sponsor:safety+jobs',
    );
    expect(list.stdout).toContain(
      'police-returns@example.org\tPolice returns\tactive\ttiny/data-officer:police',
    );
  });

  it('prints a new API token as its last line, which acts as the user', async () => {
    const run = users(['token', '--email', 'police-returns@example.org', '--name', 'nightly']);
    expect(run.code).toBe(0);
    const token = run.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^otk_[A-Za-z0-9_-]{43}$/);
    const db = createDb(store.location);
    const app = await buildApp({ db, auth: { cookieSecure: false } });
    try {
      const me = await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({
        email: 'police-returns@example.org',
        roles: [{ programmeId: 'tiny', role: 'data-officer', partnerId: 'police' }],
      });
      const audit = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('actor', '=', 'cli')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'user-create',
        'user-create',
        'role-change',
        'token-create',
      ]);
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('sets a new password', async () => {
    const run = users(['password', '--email', 'ops@example.org'], {
      OUTCOMES_PASSWORD: 'the admin chose again, longer',
    });
    expect(run.code).toBe(0);
    const db = createDb(store.location);
    const app = await buildApp({ db, auth: { cookieSecure: false } });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { email: 'ops@example.org', password: 'the admin chose again, longer' },
      });
      expect(login.statusCode).toBe(200);
    } finally {
      await app.close();
      await db.destroy();
    }
  });

  it('disables an account', () => {
    const run = users(['disable', '--email', 'police-returns@example.org']);
    expect(run.code).toBe(0);
    expect(users(['list']).stdout).toContain(
      'police-returns@example.org\tPolice returns\tdisabled',
    );
  });

  it.each([
    [
      [
        'add',
        '--email',
        'weak@example.org',
        '--name',
        'W',
        '--programme',
        'tiny',
        '--role',
        'board',
      ],
      'password1234',
      'too common',
    ],
    [
      [
        'add',
        '--email',
        'priya@example.org',
        '--name',
        'Priya Shah',
        '--programme',
        'tiny',
        '--role',
        'board',
      ],
      'my name is shah and this is long',
      'must not contain your email address or name',
    ],
    [
      ['add', '--email', 'x@example.org', '--name', 'X', '--programme', 'nope', '--role', 'board'],
      'a fine long passphrase',
      'No programme "nope"',
    ],
    [
      [
        'add',
        '--email',
        'y@example.org',
        '--name',
        'Y',
        '--programme',
        'tiny',
        '--role',
        'data-officer',
      ],
      'a fine long passphrase',
      'needs a partner',
    ],
    [
      ['token', '--email', 'nobody@example.org'],
      '',
      'No account with the email nobody@example.org',
    ],
  ])('refuses %j with exit 1 and a reason', (args, password, reason) => {
    const run = users(args, { OUTCOMES_PASSWORD: password });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(reason);
  });

  it.each([
    [[]],
    [['frobnicate']],
    [['add', '--role', 'board']],
    [['add', '--role', 'emperor', '--email', 'a@b.co', '--programme', 'tiny']],
  ])('prints usage and exits 2 for %j', (args) => {
    const run = users(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage:');
  });
});

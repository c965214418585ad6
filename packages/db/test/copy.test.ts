// db:copy: a whole installation from a SQLite file into a fresh PostgreSQL schema, checked table
// by table, and all or nothing. It needs both engines at once, so vitest.config.ts runs this file
// in the db-postgres project only (which CI always has; a developer without TEST_DATABASE_URL is
// told the PostgreSQL runs are skipped).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRoleGrants } from '../src/accounts/role-grants.js';
import { insertApiToken } from '../src/accounts/api-tokens.js';
import { grantInstallationAdmin } from '../src/accounts/installation-admins.js';
import { insertOidcSignIn } from '../src/accounts/oidc-sign-ins.js';
import { insertSession } from '../src/accounts/sessions.js';
import { insertUser } from '../src/accounts/users.js';
import { recordAudit } from '../src/audit/record-audit.js';
import {
  CopyCheckError,
  NotAnOutcomesStoreError,
  SchemaMismatchError,
  TargetNotEmptyError,
  UnknownMigrationsError,
} from '../src/copy/copy-errors.js';
import { copyStore, type CopyProgress } from '../src/copy/copy-store.js';
import { createDb, describeDatabase } from '../src/create-db.js';
import { describeTables } from '../src/introspect/table-shape.js';
import { migrateToLatest } from '../src/migrate.js';
import { loadPack } from '../src/pack/load-pack.js';
import { getDataStamp } from '../src/queries/get-data-stamp.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import { recordCommentary } from '../src/queries/record-commentary.js';
import { recordSpcRebase } from '../src/queries/record-spc-rebase.js';
import { decideVersionInForce } from '../src/business-case/decide-in-force.js';
import type { Database } from '../src/schema/database.js';
import { recordSubmission } from '../src/submissions/record-submission.js';
import { createTestDatabase, storeChecksum, type TestDatabase } from '../src/testing/index.js';
import { MINI_PACK } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(here, '../../..');
const DEMO_PACK = join(REPO_ROOT, 'data/programmes/west-cheshire');
const CLI = join(REPO_ROOT, 'packages/db/dist/cli/copy.js');
const MIGRATIONS = ['kysely_migration', 'kysely_migration_lock'];
const AT = '2026-11-23T09:00:00.000Z';
// Every byte value, NUL and 0xFF included: a file must arrive exactly as it was uploaded.
const FILE = Buffer.concat([
  Buffer.from('metric_id,period_start,value\r\nsc-domestic-abuse-incidents,2017-01-01,230\r\n'),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);

const stores: TestDatabase[] = [];
const opened: Kysely<Database>[] = [];

async function open(engine: 'sqlite' | 'postgres'): Promise<Kysely<Database>> {
  const store = await createTestDatabase(engine);
  stores.push(store);
  const db = createDb(store.location);
  opened.push(db);
  return db;
}

afterAll(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
  await Promise.all(stores.splice(0).map((s) => s.drop()));
});

/** Rows per table, migrations' own tables left out. */
async function countsOf(db: Kysely<any>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await describeTables(db)) {
    if (MIGRATIONS.includes(table.name)) continue;
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(table.name)}`.execute(db);
    counts[table.name] = Number(rows[0]?.n);
  }
  return counts;
}

const checksum = (db: Kysely<any>) => storeChecksum(db, { exclude: MIGRATIONS });

/**
 * A SQLite installation as it looks after use: the demonstration programme (its comparison series
 * fills comparator_value), accounts with roles (one taken away again, so role_grant's counter is
 * past its highest id), a session, a token, commentary, a rebase, an uploaded file, audit entries,
 * an installation administrator, a single sign-on in flight, and the sign-in and rate-limit
 * counters.
 */
async function usedInstallation(): Promise<Kysely<Database>> {
  const db = await open('sqlite');
  await migrateToLatest(db);
  await loadPack(db, DEMO_PACK, { actor: 'cli' });
  const user = {
    created_at: AT,
    updated_at: AT,
    password_hash: '$argon2id$v=19$m=19456,t=2,p=1$x$y',
  };
  const admin = await insertUser(db, { ...user, email: 'admin@example.gov.uk', name: 'Ada Admin' });
  const board = await insertUser(db, { ...user, email: 'board@example.gov.uk', name: 'Bo Board' });
  const noScope = { partnerId: null, strandIds: [] };
  await replaceRoleGrants(db, admin, 'west-cheshire', [{ role: 'admin', ...noScope }], AT);
  await replaceRoleGrants(db, board, 'west-cheshire', [{ role: 'board', ...noScope }], AT);
  await replaceRoleGrants(db, board, 'west-cheshire', [], AT);
  await insertSession(db, {
    id: 'a'.repeat(64),
    user_id: admin,
    csrf_token: 'csrf',
    created_at: AT,
    last_seen_at: AT,
    expires_at: '2026-11-23T21:00:00.000Z',
    ip: '127.0.0.1',
    user_agent: 'test',
  });
  await insertApiToken(db, {
    user_id: admin,
    name: 'returns robot',
    token_hash: 'b'.repeat(64),
    prefix: 'otk_abcd',
    created_at: AT,
    expires_at: '2027-02-21T09:00:00.000Z',
    last_used_at: null,
    revoked_at: null,
  });
  const actor = { userId: admin, label: 'admin@example.gov.uk' };
  // The installation's own administrators and a single sign-on in flight (tables added after
  // this fixture was written, which left them empty).
  await grantInstallationAdmin(db, { id: admin, email: 'admin@example.gov.uk' }, actor);
  await insertOidcSignIn(db, {
    state: 's'.repeat(43),
    browser_hash: 'c'.repeat(64),
    nonce: 'n'.repeat(43),
    code_verifier: 'v'.repeat(43),
    return_to: '/programmes',
    created_at: 1795424400000,
    expires_at: 1795424700000,
    used_at: null,
  });
  await recordAudit(db, {
    programmeId: null,
    actor,
    action: 'user-created',
    detail: { id: board },
  });
  const author = { userId: admin, name: 'Ada Admin' };
  const metric = { programmeId: 'west-cheshire', metricId: 'sc-domestic-abuse-incidents' };
  await recordCommentary(db, {
    ...metric,
    periodStart: '2017-01-01',
    whatHappened: 'Fewer repeat calls — “Navigate Safer” at work',
    whatHelps: null,
    whatHurts: null,
    whatNext: 'Keep going',
    author,
    actor,
    at: AT,
  });
  await recordSpcRebase(db, {
    ...metric,
    periodStart: '2014-04-01',
    action: 'rebase',
    reason: 'Service launched',
    author,
    actor,
    at: AT,
  });
  // The pack load made business case version 1; a decision puts it in force from a date.
  await decideVersionInForce(db, {
    programmeId: 'west-cheshire',
    version: 1,
    effectiveFrom: '2013-04-01',
    reason: 'Approved business case',
    actor,
    at: AT,
  });
  await recordSubmission(db, {
    programmeId: 'west-cheshire',
    source: 'upload',
    actor,
    partnerId: 'cheshire-constabulary',
    file: { name: 'returns.csv', type: 'csv', content: FILE },
    rows: [{ row: 2, ...metric, periodStart: '2017-01-01', value: 230, note: null }],
    at: AT,
  });
  // The limits' own tables (written by the API's sign-in throttle and write limiter).
  await sql`insert into sign_in_failure (key, failed_at) values ('address:127.0.0.1', 1795424400000)`.execute(
    db,
  );
  await sql`insert into rate_limit_window (key, hits, window_ends_at) values ('user:1', 3, 1795424460000)`.execute(
    db,
  );
  return db;
}

describe('copyStore from SQLite to PostgreSQL', { timeout: 60_000 }, () => {
  let source: Kysely<Database>;
  let target: Kysely<Database>;
  const progress: CopyProgress[] = [];
  let result: Awaited<ReturnType<typeof copyStore>>;

  beforeAll(async () => {
    source = await usedInstallation();
    target = await open('postgres');
    result = await copyStore(source, target, { onProgress: (p) => progress.push(p) });
  }, 120_000);

  it('copies every table of the schema, parents first, with equal counts', async () => {
    const sourceCounts = await countsOf(source);
    // The fixture puts rows in every table, so a table the copy missed could not hide.
    expect(Object.entries(sourceCounts).filter(([, n]) => n === 0)).toEqual([]);
    expect(await countsOf(target)).toEqual(sourceCounts);
    expect(Object.fromEntries(result.counts.map((c) => [c.table, c.source]))).toEqual(sourceCounts);
    expect(result.counts.every((c) => c.source === c.target)).toBe(true);
    expect(result.rows).toBe(Object.values(sourceCounts).reduce((a, b) => a + b, 0));
    expect(result.migrated.source).toEqual([]);
    expect(result.migrated.target.length).toBeGreaterThan(0);

    const order = result.counts.map((c) => c.table);
    for (const [parent, child] of [
      ['programme', 'partner'],
      ['metric', 'actual_revision'],
      ['submission', 'submission_file'],
      ['app_user', 'audit_log'],
      ['app_user', 'role_grant'],
    ] as const) {
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(child));
    }
    const finished = progress.filter((p) => p.step === 'table' && p.done === p.total);
    expect(finished.map((p) => (p.step === 'table' ? p.table : ''))).toEqual(order);
  });

  it('makes the same store: every row, the figures, the uploaded bytes, the data versions', async () => {
    expect(result.checksum).toBe(await checksum(source));
    expect(await checksum(target)).toBe(result.checksum);
    expect(await getProgrammeData(target, 'west-cheshire')).toEqual(
      await getProgrammeData(source, 'west-cheshire'),
    );
    const file = (db: Kysely<Database>) =>
      db.selectFrom('submission_file').select('content').executeTakeFirstOrThrow();
    const copied = Buffer.from((await file(target)).content);
    expect(copied.equals(FILE)).toBe(true);
    expect(copied.equals(Buffer.from((await file(source)).content))).toBe(true);
    // The inserts raised data_version on the target; the copy put the source's back.
    expect(await getDataStamp(target, 'west-cheshire')).toBe(
      await getDataStamp(source, 'west-cheshire'),
    );
  });

  it('numbers new rows on the target after the copied ones, never reusing an id', async () => {
    const highest = async (db: Kysely<Database>) =>
      (
        await db
          .selectFrom('submission')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow()
      ).id;
    const submitted = await recordSubmission(target, {
      programmeId: 'west-cheshire',
      source: 'form',
      actor: { userId: 1, label: 'admin@example.gov.uk' },
      partnerId: null,
      rows: [
        {
          row: 1,
          metricId: 'sc-domestic-abuse-incidents',
          periodStart: '2017-01-01',
          value: 231,
          note: null,
        },
      ],
    });
    expect(submitted.submissionId).toBe(Number(await highest(source)) + 1);
    expect(submitted.revised).toBe(1);
    // Grants 1 and 2 were made in the source and 2 taken away: the next is 3, as it would have been.
    await replaceRoleGrants(
      target,
      2,
      'west-cheshire',
      [{ role: 'finance', partnerId: null, strandIds: [] }],
      AT,
    );
    const grant = await target
      .selectFrom('role_grant')
      .select('id')
      .where('user_id', '=', 2)
      .executeTakeFirstOrThrow();
    expect(grant.id).toBe(3);
  });

  it('refuses to copy into the now non-empty target, and changes nothing', async () => {
    const before = await checksum(target);
    const again = copyStore(source, target);
    await expect(again).rejects.toBeInstanceOf(TargetNotEmptyError);
    await expect(again).rejects.toThrow(/programme holds 1 row, .*submission holds \d+ rows/);
    expect(await checksum(target)).toBe(before);
  });

  it('copies back from PostgreSQL into a new SQLite file (a backup)', async () => {
    const backup = await open('sqlite');
    const back = await copyStore(target, backup);
    expect(back.checksum).toBe(await checksum(target));
    expect(await checksum(backup)).toBe(await checksum(target));
    expect(await getProgrammeData(backup, 'west-cheshire')).toEqual(
      await getProgrammeData(target, 'west-cheshire'),
    );
  });
});

describe('a copy that cannot be completed leaves the target empty', { timeout: 60_000 }, () => {
  async function miniSource(): Promise<Kysely<Database>> {
    const db = await open('sqlite');
    await migrateToLatest(db);
    await loadPack(db, MINI_PACK);
    return db;
  }

  async function expectEmpty(target: Kysely<Database>): Promise<void> {
    const counts = await countsOf(target);
    expect(Object.keys(counts).length).toBeGreaterThan(20);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  }

  it('rolls back every table when the target refuses a row part-way', async () => {
    const source = await miniSource();
    // SQLite keeps a NUL inside text; PostgreSQL refuses it. actual_revision comes late (after
    // metrics and submissions), so most tables have been written when the copy fails.
    await sql`update actual_revision set note = ${'bad\u0000note'}
              where id = (select max(id) from actual_revision)`.execute(source);
    const target = await open('postgres');
    const copied: string[] = [];
    await expect(
      copyStore(source, target, {
        onProgress: (p) => {
          if (p.step === 'table' && p.done === p.total) copied.push(p.table);
        },
      }),
    ).rejects.toThrow(/0x00/);
    expect(copied).toEqual(expect.arrayContaining(['programme', 'metric', 'submission_row']));
    expect(copied.length).toBeGreaterThanOrEqual(20);
    expect(copied).not.toContain('actual_revision');
    await expectEmpty(target);
  });

  it('rolls back when a table arrives with fewer rows than it left with', async () => {
    const source = await miniSource();
    const target = await open('postgres');
    await migrateToLatest(target);
    // A target that silently drops rows (a stray trigger): only the count check can tell.
    await sql`create function drop_row() returns trigger language plpgsql as $$
              begin return null; end $$`.execute(target);
    await sql`create trigger drop_deflators before insert on deflator
              for each row execute function drop_row()`.execute(target);
    const copy = copyStore(source, target);
    await expect(copy).rejects.toBeInstanceOf(CopyCheckError);
    const error = (await copy.catch((e: unknown) => e)) as CopyCheckError;
    expect(error.check).toBe('counts');
    const differing = error.counts.filter((c) => c.source !== c.target);
    expect(differing).toEqual([{ table: 'deflator', source: expect.any(Number), target: 0 }]);
    expect(differing[0]?.source).toBeGreaterThan(0);
    await expectEmpty(target);
  });

  it('rolls back when the counts match but a value changed on the way', async () => {
    const source = await miniSource();
    const target = await open('postgres');
    await migrateToLatest(target);
    await sql`create function rename_partner() returns trigger language plpgsql as $$
              begin new.name := new.name || ' (changed)'; return new; end $$`.execute(target);
    await sql`create trigger rename_partners before insert on partner
              for each row execute function rename_partner()`.execute(target);
    const copy = copyStore(source, target);
    await expect(copy).rejects.toThrow(/contents differ \(checksums\)/);
    expect(((await copy.catch((e: unknown) => e)) as CopyCheckError).check).toBe('checksum');
    await expectEmpty(target);
  });

  it('refuses a target whose schema lacks a table, before writing a row', async () => {
    const source = await miniSource();
    const target = await open('postgres');
    await migrateToLatest(target);
    await sql`drop table deflator`.execute(target);
    const copy = copyStore(source, target);
    await expect(copy).rejects.toBeInstanceOf(SchemaMismatchError);
    await expect(copy).rejects.toThrow('the target has no table deflator');
    await expectEmpty(target);
  });

  it('refuses a source migrated by a newer version, before migrating either store', async () => {
    const source = await miniSource();
    await sql`insert into kysely_migration (name, timestamp)
              values ('2099-01-01T0000-from-the-future', ${AT})`.execute(source);
    const target = await open('postgres');
    const copy = copyStore(source, target);
    await expect(copy).rejects.toBeInstanceOf(UnknownMigrationsError);
    await expect(copy).rejects.toThrow(/2099-01-01T0000-from-the-future/);
    expect(await describeTables(target)).toEqual([]);
  });

  it('refuses a source that is not an Outcomes store', async () => {
    const empty = await open('sqlite');
    const target = await open('postgres');
    await expect(copyStore(empty, target)).rejects.toBeInstanceOf(NotAnOutcomesStoreError);
    expect(await describeTables(target)).toEqual([]);
    expect(await describeTables(empty)).toEqual([]);
  });
});

describe('npm run db:copy', { timeout: 60_000 }, () => {
  beforeAll(() => {
    if (!existsSync(CLI)) {
      throw new Error(`${CLI} is missing: run npm run build -w @outcomes/core -w @outcomes/db`);
    }
  });

  function dbCopy(args: string[]) {
    const run = spawnSync(process.execPath, [CLI, ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  /** The test schema's URL with a password (the test server trusts loopback and ignores it). */
  function withPassword(location: string): string {
    const url = new URL(location);
    url.password = 'not-to-be-printed';
    return url.toString();
  }

  it('prints usage and exits 2 for bad arguments, creating nothing', async () => {
    const targetStore = await createTestDatabase('postgres');
    stores.push(targetStore);
    const target = withPassword(targetStore.location);
    const missing = join(REPO_ROOT, 'var', 'no-such-store.sqlite');
    for (const [args, problem] of [
      [[], 'Both --from and --to are needed'],
      [['--from', missing, '--to', target], `--from ${missing}: no such file`],
      [['--from', join(here, 'copy.test.ts'), '--to', target], 'is not a SQLite database'],
      [['--from', missing, '--to', missing], 'One of --from and --to must be a SQLite file'],
      [['--form', missing, '--to', target], "Unknown option '--form'"],
    ] as const) {
      const run = dbCopy([...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(problem);
      expect(run.stderr).toContain(
        'Usage: npm run db:copy -- --from <sqlite file> --to <postgres url>',
      );
      expect(run.stdout + run.stderr).not.toContain('not-to-be-printed');
    }
    expect(existsSync(missing)).toBe(false);
  });

  it('copies, prints the count table and a one-line result, and refuses a second time', async () => {
    const sourceStore = await createTestDatabase('sqlite');
    const targetStore = await createTestDatabase('postgres');
    stores.push(sourceStore, targetStore);
    const source = createDb(sourceStore.location);
    opened.push(source);
    await migrateToLatest(source);
    await loadPack(source, MINI_PACK);
    await source.destroy();
    opened.pop();
    const target = withPassword(targetStore.location);

    const run = dbCopy(['--from', sourceStore.location, '--to', target]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Copying ${sourceStore.location} to ${describeDatabase(target)}`);
    expect(describeDatabase(target)).toContain(':***@');
    expect(lines).toContain('  programme: 1');
    expect(lines).toContain('Checking counts and checksums');
    expect(lines.find((l) => /^ {2}table +source +target$/.test(l))).toBeDefined();
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}forecast +11 +11$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}total +[\d,]+ +[\d,]+$/));
    expect(lines.at(-1)).toMatch(
      /^Copied \d+ tables, [\d,]+ rows \(\d+\.\d s\) to postgres:\/\/postgres:\*\*\*@[^/]+\/\w+: every count and the checksum match\.$/,
    );
    expect(run.stdout).not.toContain('not-to-be-printed');

    const again = dbCopy(['--from', sourceStore.location, '--to', target]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Not copied: The target is not empty: .*programme holds 1 row/m);
    expect(again.stdout + again.stderr).not.toContain('not-to-be-printed');
  });
});

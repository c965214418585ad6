// createDb and migrateToLatest on the engine this run is for: the same migrations build the same
// tables on both. The SQLite connection settings (WAL, foreign keys, busy timeout, :memory:) are
// checked in the SQLite run only, and PostgreSQL's own concerns (a store per schema, pg's global
// type parsers left alone) in the PostgreSQL run only: each project runs the tests of its engine.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, engineOf } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import { migrations } from '../src/migrations/index.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../src/testing/index.js';
import { removeTempDirs, tempDir } from './helpers.js';

const engine = testEngine();
const stores: TestDatabase[] = [];

afterAll(async () => {
  await removeTempDirs();
  await Promise.all(stores.splice(0).map((store) => store.drop()));
});

/** A new, empty store on this run's engine (not migrated), and a connection to it. */
async function emptyStore(): Promise<{ store: TestDatabase; db: Kysely<any> }> {
  const store = await createTestDatabase();
  stores.push(store);
  return { store, db: createDb(store.location) };
}

/** The store's tables, without Kysely's own bookkeeping. */
async function listTables(db: Kysely<any>): Promise<string[]> {
  const { rows } =
    engineOf(db) === 'postgres'
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
            and table_name not like 'kysely_%'
          order by table_name collate "C"`.execute(db)
      : await sql<{ name: string }>`
          select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
          order by name`.execute(db);
  return rows.map((t) => t.name);
}

const TABLES = [
  'actual_revision',
  'api_token',
  'app_user',
  'audit_log',
  'baseline',
  'business_case_cost',
  'business_case_forecast',
  'business_case_in_force',
  'business_case_unit_cost',
  'business_case_unit_cost_bearer',
  'business_case_version',
  'commentary',
  'comparator_value',
  'cost',
  'deflator',
  'forecast',
  'forecast_version',
  'installation_admin',
  'metric',
  'oidc_sign_in',
  'outcome',
  'partner',
  'programme',
  'programme_change',
  'rate_limit_window',
  'role_grant',
  'session',
  'sign_in_failure',
  'spc_rebase',
  'strand',
  'submission',
  'submission_file',
  'submission_row',
  'unit_cost',
  'unit_cost_bearer',
];

describe(`createDb and migrateToLatest on ${engine}`, () => {
  it('migrates once and builds every table', async () => {
    const { db } = await emptyStore();
    try {
      expect(await migrateToLatest(db)).toEqual([
        '2026-11-22T0000-initial',
        '2026-11-22T0200-commentary-rebase',
        '2026-11-22T0300-accounts',
        '2026-11-22T0400-submissions',
        '2026-11-23T0000-data-version',
        '2026-11-23T0100-shared-limits',
        '2026-12-04T0100-partner-budget-growth-anchor',
        '2026-12-04T0200-spc-settings',
        '2026-12-05T0100-business-case-versions',
        '2026-12-05T0200-installation-admin',
        '2026-12-05T0300-appraisal-depth',
        '2026-12-05T0600-place-comparison',
        '2026-12-05T0700-oidc-sign-in',
        '2026-12-05T0800-comparison-series',
        '2026-12-05T0900-public-commentary',
        '2026-12-05T1000-metric-persistence',
        '2026-12-05T1100-metric-retirement',
        '2026-12-06T0100-request-context-notify',
        '2026-12-07T0100-programme-change',
        '2026-12-07T0200-quiet-idle-clocks',
      ]);
      // Already up to date: nothing to run.
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await listTables(db)).toEqual(TABLES);
    } finally {
      await db.destroy();
    }
  });

  it('enforces foreign keys, including the composite ones', async () => {
    const { db } = await emptyStore();
    try {
      await migrateToLatest(db);
      await expect(
        db
          .insertInto('partner')
          .values({ programme_id: 'nope', id: 'x', position: 0, name: 'X', kind: 'council' })
          .execute(),
      ).rejects.toThrow(
        engine === 'postgres'
          ? /violates foreign key constraint "partner_programme_fk"/
          : /FOREIGN KEY constraint failed/,
      );
      await expect(
        db
          .insertInto('cost')
          .values({
            programme_id: 'nope',
            strand_id: 's',
            partner_id: 'p',
            financial_year: '2013-14',
            kind: 'running',
            position: 0,
            forecast_pence: 1,
            actual_pence: null,
          })
          .execute(),
      ).rejects.toThrow(
        engine === 'postgres'
          ? /violates foreign key constraint "cost_(strand|partner)_fk"/
          : /FOREIGN KEY constraint failed/,
      );
    } finally {
      await db.destroy();
    }
  });

  it('throws a clear error naming the migration that failed', async () => {
    const { db } = await emptyStore();
    try {
      await sql`create table programme (id text)`.execute(db);
      await expect(migrateToLatest(db)).rejects.toThrow(
        engine === 'postgres'
          ? /Database migration "2026-11-22T0000-initial" failed: relation "programme" already exists/
          : /Database migration "2026-11-22T0000-initial" failed: table "programme" already exists/,
      );
    } finally {
      await db.destroy();
    }
  });
});

// Each project runs the tests of its own engine (a skipped test in the other would be noise).
if (engine === 'sqlite') {
  describe('SQLite only: the connection settings', () => {
    it('creates the parent folder and turns WAL, foreign keys and a busy timeout on', async () => {
      const path = join(await tempDir(), 'nested', 'deeper', 'outcomes.sqlite');
      const db = createDb(path);
      try {
        expect(existsSync(path)).toBe(true);
        const pragma = async (name: string) =>
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0];
        expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
        expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
        expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
        expect(await pragma('synchronous')).toEqual({ synchronous: 1 }); // NORMAL
      } finally {
        await db.destroy();
      }
    });

    it('supports :memory:', async () => {
      const db = createDb(':memory:');
      try {
        expect(await migrateToLatest(db)).toHaveLength(Object.keys(migrations).length);
        const fk = await sql.raw<{ foreign_keys: number }>('pragma foreign_keys').execute(db);
        expect(fk.rows[0]?.foreign_keys).toBe(1);
      } finally {
        await db.destroy();
      }
    });
  });
}

if (engine === 'postgres') {
  describe('PostgreSQL only: a store is the schema its URL names', () => {
    it('puts every table, and the migration record, in that schema', async () => {
      const { store, db } = await emptyStore();
      try {
        await migrateToLatest(db);
        const schema = new URL(store.location).searchParams
          .get('options')
          ?.replace('-c search_path=', '');
        expect(schema).toMatch(/^test_[0-9a-f]{12}$/);
        const { rows } = await sql<{ table_schema: string; n: number }>`
          select table_schema, count(*) as n from information_schema.tables
          where table_name in ('programme', 'audit_log', 'kysely_migration')
            and table_schema = ${schema}
          group by table_schema`.execute(db);
        expect(rows).toEqual([{ table_schema: schema, n: 3 }]);
      } finally {
        await db.destroy();
      }
    });

    it('migrates two stores in one database independently', async () => {
      // Kysely's Migrator would take another schema's kysely_migration table as this store's own
      // (migrate.ts names the schema), so the second store would be left without tables.
      const first = await emptyStore();
      const second = await emptyStore();
      try {
        expect(await migrateToLatest(first.db)).toHaveLength(Object.keys(migrations).length);
        expect(await migrateToLatest(second.db)).toHaveLength(Object.keys(migrations).length);
        expect(await listTables(second.db)).toEqual(TABLES);
      } finally {
        await first.db.destroy();
        await second.db.destroy();
      }
    });

    it('opens at most poolSize connections: two queries on a pool of one run one after the other', async () => {
      const { store } = await emptyStore();
      const db = createDb(store.location, { poolSize: 1 });
      try {
        const started = performance.now();
        await Promise.all([
          sql`select pg_sleep(0.25)`.execute(db),
          sql`select pg_sleep(0.25)`.execute(db),
        ]);
        // One connection: 0.25 s + 0.25 s at the least (the default pool of 10 takes about 0.25 s).
        expect(performance.now() - started).toBeGreaterThanOrEqual(500);
      } finally {
        await db.destroy();
      }
    });

    it("leaves pg's global type parsers alone: only the store's connections read int8 as numbers", async () => {
      const { db } = await emptyStore();
      const plain = new pg.Client({ connectionString: (await emptyStore()).store.location });
      await plain.connect();
      try {
        const viaStore = await sql<{ n: number }>`select 3000000001::int8 as n`.execute(db);
        expect(viaStore.rows).toEqual([{ n: 3_000_000_001 }]);
        const viaPlain = await plain.query<{ n: string }>('select 3000000001::int8 as n');
        expect(viaPlain.rows).toEqual([{ n: '3000000001' }]);
      } finally {
        await plain.end();
        await db.destroy();
      }
    });
  });
}

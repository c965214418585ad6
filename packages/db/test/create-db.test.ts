import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import { migrations } from '../src/migrations/index.js';
import { removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const TABLES = [
  'actual_revision',
  'api_token',
  'app_user',
  'audit_log',
  'baseline',
  'commentary',
  'cost',
  'deflator',
  'forecast',
  'forecast_version',
  'metric',
  'outcome',
  'partner',
  'programme',
  'role_grant',
  'session',
  'spc_rebase',
  'strand',
  'submission',
  'submission_file',
  'submission_row',
  'unit_cost',
  'unit_cost_bearer',
];

describe('createDb and migrateToLatest on a real SQLite file', () => {
  it('creates the parent folder, turns WAL and foreign keys on, and migrates once', async () => {
    const path = join(await tempDir(), 'nested', 'deeper', 'outcomes.sqlite');
    const db = createDb(path);
    try {
      expect(existsSync(path)).toBe(true);
      const pragma = async (name: string) =>
        (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });

      expect(await migrateToLatest(db)).toEqual([
        '2026-11-22T0000-initial',
        '2026-11-22T0200-commentary-rebase',
        '2026-11-22T0300-accounts',
        '2026-11-22T0400-submissions',
        '2026-11-23T0000-data-version',
      ]);
      // Already up to date: nothing to run.
      expect(await migrateToLatest(db)).toEqual([]);

      const tables = await sql<{ name: string }>`
        select name from sqlite_master
        where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'
        order by name
      `.execute(db);
      expect(tables.rows.map((t) => t.name)).toEqual(TABLES);
    } finally {
      await db.destroy();
    }
  });

  it('enforces foreign keys, including the composite ones', async () => {
    const db = createDb(join(await tempDir(), 'fk.sqlite'));
    try {
      await migrateToLatest(db);
      await expect(
        db
          .insertInto('partner')
          .values({ programme_id: 'nope', id: 'x', position: 0, name: 'X', kind: 'council' })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY constraint failed/);
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

  it('throws a clear error naming the migration that failed', async () => {
    const db = createDb(':memory:');
    try {
      await sql`create table programme (id text)`.execute(db);
      await expect(migrateToLatest(db)).rejects.toThrow(
        /Database migration "2026-11-22T0000-initial" failed: table "programme" already exists/,
      );
    } finally {
      await db.destroy();
    }
  });
});

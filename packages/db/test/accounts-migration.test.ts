// The accounts migration: audit entries written before it survive it, and afterwards the audit
// log is append-only and role grants are checked by the store itself. On the engine this run is
// for (TEST_ENGINE): the migration rebuilds audit_log on both, with triggers of each engine's kind.
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, engineOf } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import { migrations } from '../src/migrations/index.js';
import { loadPack } from '../src/pack/load-pack.js';
import { recordAudit } from '../src/audit/record-audit.js';
import type { Database } from '../src/schema/database.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

const stores: TestDatabase[] = [];
afterAll(async () => {
  await removeTempDirs();
  await Promise.all(stores.splice(0).map((store) => store.drop()));
});

/** A new, empty store on this run's engine, not yet migrated. */
async function emptyDb(): Promise<Kysely<Database>> {
  const store = await createTestDatabase();
  stores.push(store);
  return createDb(store.location);
}

/** PostgreSQL: the store's schema, where migrateToLatest keeps its record of migrations too. */
async function migrationTableSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (engineOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

const BEFORE_ACCOUNTS = Object.keys(migrations).filter((name) => name < '2026-11-22T0300-accounts');

describe('2026-11-22T0300-accounts', () => {
  it('keeps the audit entries written before it', async () => {
    const db = await emptyDb();
    try {
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => migrations },
        migrationTableSchema: await migrationTableSchema(db),
      });
      const { error } = await migrator.migrateTo(BEFORE_ACCOUNTS.at(-1)!);
      expect(error).toBeUndefined();
      // Raw SQL: today's pack loader writes columns that later migrations add.
      await sql`insert into programme (id, name, place, first_financial_year, years, price_base_year,
                  discount_rate, rag_green, rag_amber, reinvestment_share, optimism_bias,
                  illustrative, loaded_at)
                values ('old', 'Old', 'Here', '2013-14', 1, '2013-14', 0.035, 0.95, 0.8, 0, '{}',
                  0, '2026-01-01T00:00:00.000Z')`.execute(db);
      await sql`insert into audit_log (programme_id, at, actor, action, detail)
                values ('old', '2026-01-01T00:00:00.000Z', 'cli', 'pack-load', '{"n":1}')`.execute(
        db,
      );
      const before = await sql<Record<string, unknown>>`select * from audit_log`.execute(db);
      expect(before.rows).toHaveLength(1);

      await migrateToLatest(db);
      const after = await db.selectFrom('audit_log').selectAll().execute();
      expect(after).toEqual([
        {
          ...before.rows[0],
          actor_user_id: null,
          entity: null,
          entity_id: null,
          before: null,
          after: null,
        },
      ]);
    } finally {
      await db.destroy();
    }
  });

  it('makes the audit log append-only', async () => {
    const db = await migratedTestDb();
    try {
      await loadPack(db, MINI_PACK);
      await recordAudit(db, {
        programmeId: 'mini',
        actor: { userId: null, label: 'system' },
        action: 'test',
        before: { a: 1 },
        after: { a: 2 },
      });
      await expect(db.updateTable('audit_log').set({ actor: 'x' }).execute()).rejects.toThrow(
        'audit_log is append-only',
      );
      await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(
        'audit_log is append-only',
      );
      const rows = await db.selectFrom('audit_log').select(['action', 'before', 'after']).execute();
      expect(rows.at(-1)).toEqual({ action: 'test', before: '{"a":1}', after: '{"a":2}' });
      // A pack replace leaves the audit log alone (and adds its own entry).
      await loadPack(db, MINI_PACK, { replace: true });
      expect(await db.selectFrom('audit_log').selectAll().execute()).toHaveLength(3);
    } finally {
      await db.destroy();
    }
  });

  it('checks role grants: a data officer has exactly one partner, only sponsors have strands', async () => {
    const db = await migratedTestDb();
    try {
      await loadPack(db, MINI_PACK);
      const at = new Date().toISOString();
      const { id } = await db
        .insertInto('app_user')
        .values({
          email: 'a@b.cd',
          name: 'A',
          password_hash: 'x',
          disabled_at: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const grant = (role: string, partner: string | null, strands: string) =>
        db
          .insertInto('role_grant')
          .values({
            user_id: id,
            programme_id: 'mini',
            role,
            partner_id: partner,
            strand_ids: strands,
            created_at: at,
          })
          .execute();
      // Both engines name the check that failed; each refusal is for its own reason.
      await expect(grant('data-officer', null, '[]')).rejects.toThrow(/role_grant_partner_check/);
      await expect(grant('board', 'police', '[]')).rejects.toThrow(/role_grant_partner_check/);
      await expect(grant('board', null, '["x"]')).rejects.toThrow(/role_grant_strands_check/);
      await expect(grant('emperor', null, '[]')).rejects.toThrow(/role_grant_role_check/);
      await grant('board', null, '[]');
      // SQLite names the columns of a unique constraint, PostgreSQL the constraint.
      await expect(grant('board', null, '[]')).rejects.toThrow(
        /UNIQUE constraint failed: role_grant\.user_id|unique constraint "role_grant_unique"/,
      );
      await expect(
        db
          .insertInto('app_user')
          .values({
            email: 'A@B.CD',
            name: 'A',
            password_hash: 'x',
            disabled_at: null,
            created_at: at,
            updated_at: at,
          })
          .execute(),
      ).rejects.toThrow(/app_user_email_check/);
    } finally {
      await db.destroy();
    }
  });
});

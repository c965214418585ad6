import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
import { engineOf } from './create-db.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema/database.js';

/** Serves the explicit migrations record (no file-system scanning, so the build layout is irrelevant). */
const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** Names of the migrations applied by this call (empty when already up to date). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableSchema: await currentSchema(db) });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed === undefined
        ? `Database migration failed: ${cause}`
        : `Database migration "${failed}" failed: ${cause}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * PostgreSQL: the schema the store lives in (the first on the search path). Kysely's Migrator
 * otherwise takes a kysely_migration table in any schema of the database as its own, so a second
 * installation (or another application) in the same database would stop this one migrating.
 */
async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  if (engineOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { migrations } from './migrations/index.js';
import type { Database } from './schema/database.js';

/** Serves the explicit migrations record (no file-system scanning, so the build layout is irrelevant). */
const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};

/** Names of the migrations applied by this call (empty when already up to date). */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
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

import type { Kysely } from 'kysely';
import type { Database } from '../schema/database.js';
import { PackValidationError } from './pack-error.js';
import { readPack } from './read-pack.js';
import { savePack, type LoadPackResult, type SavePackOptions } from './save-pack.js';

export type LoadPackOptions = Omit<SavePackOptions, 'source'>;

/**
 * Validates the pack in `dir` and, only if it has no errors, writes it in one transaction.
 * Throws PackValidationError (carrying every error) or ProgrammeExistsError having written nothing.
 */
export async function loadPack(
  db: Kysely<Database>,
  dir: string,
  options: LoadPackOptions = {},
): Promise<LoadPackResult> {
  options.onProgress?.('validating', 0, 1);
  const result = await readPack(dir);
  if (!result.ok) throw new PackValidationError(result.errors);
  options.onProgress?.('validating', 1, 1);
  return savePack(db, result.pack, { ...options, source: dir });
}

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema/database.js';
import { cacheStatements } from './statement-cache.js';

/** How long a writer waits for another connection's lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the SQLite store at `path`, or an in-memory one for ':memory:'.
 * The one place that sets connection pragmas: WAL so readers never block the writer, foreign keys
 * enforced (SQLite leaves them off by default), and a busy timeout; prepared statements are reused.
 */
export function createDb(path: string): Kysely<Database> {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Safe with WAL (a power cut may lose the last commit, never corrupt the file) and much faster.
  sqlite.pragma('synchronous = NORMAL');
  cacheStatements(sqlite);
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** The store as every query function takes it: a Kysely instance or a transaction. */
export type Db = Kysely<Database>;

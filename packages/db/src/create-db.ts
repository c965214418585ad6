import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema/database.js';
import { cacheStatements } from './statement-cache.js';
import { nameStatementsOn } from './named-statements.js';

/** How long a writer waits for another connection's lock before giving up with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/** Connections each process keeps open to PostgreSQL by default (reads run in parallel). */
export const DEFAULT_POOL_SIZE = 10;

export interface CreateDbOptions {
  /** PostgreSQL only: the most connections this process opens (servers × this ≤ max_connections). */
  poolSize?: number;
}

/** The two engines the product runs on. */
export type Engine = 'sqlite' | 'postgres';

/** True when `location` names a PostgreSQL database (postgres:// or postgresql:// URL). */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Where the store is, from the environment every entry point shares: DATABASE_URL (a PostgreSQL
 * URL) when set, otherwise the SQLite file at DATABASE_PATH (default var/outcomes.sqlite).
 */
export function databaseLocation(
  env: { DATABASE_URL?: string | undefined; DATABASE_PATH?: string | undefined } = process.env,
): string {
  const url = env.DATABASE_URL?.trim();
  if (url !== undefined && url !== '') {
    if (!isPostgresUrl(url)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
    return url;
  }
  return resolve(env.DATABASE_PATH ?? 'var/outcomes.sqlite');
}

/** The store's location as it may be printed: a PostgreSQL URL loses its password. */
export function describeDatabase(location: string): string {
  if (!isPostgresUrl(location)) return location;
  const url = new URL(location);
  if (url.password !== '') url.password = '***';
  url.search = '';
  return url.toString();
}

/**
 * Opens the store at `location`: a PostgreSQL URL, or a SQLite file path (created if needed;
 * ':memory:' for a private in-memory store). Both engines run the same migrations and queries.
 */
export function createDb(location: string, options: CreateDbOptions = {}): Kysely<Database> {
  return isPostgresUrl(location)
    ? createPostgresDb(location, options.poolSize ?? DEFAULT_POOL_SIZE)
    : createSqliteDb(location);
}

/**
 * The one place that sets SQLite connection pragmas: WAL so readers never block the writer,
 * foreign keys enforced (SQLite leaves them off by default), and a busy timeout; prepared
 * statements are reused.
 */
function createSqliteDb(path: string): Kysely<Database> {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Safe with WAL (a power cut may lose the last commit, never corrupt the file) and much faster.
  sqlite.pragma('synchronous = NORMAL');
  cacheStatements(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  sqliteConnections.set(db, sqlite);
  return db;
}

/** The better-sqlite3 connection under each SQLite store createDb opened (not its transactions). */
const sqliteConnections = new WeakMap<Kysely<Database>, SQLite.Database>();

/**
 * The store's better-sqlite3 connection when `db` is a SQLite store opened by createDb and no
 * transaction is open on it; otherwise undefined. A synchronous statement run on it then reads
 * committed data only and cannot interleave with anything else on the connection, so the hottest
 * read (request-context.ts) may skip Kysely's connection queue. Kysely holds a SQLite connection
 * across awaits only for a transaction (this codebase streams no queries), which `inTransaction`
 * shows; a transaction's own Kysely instance, or one made by withPlugin, is not in the map.
 */
export function idleSqliteConnectionOf(db: Kysely<Database>): SQLite.Database | undefined {
  const sqlite = sqliteConnections.get(db);
  return sqlite === undefined || sqlite.inTransaction || !sqlite.open ? undefined : sqlite;
}

/** PostgreSQL type ids whose text form pg would otherwise hand over as a string. */
const INT8_OID = 20; // bigint: integer pence, count(*)
const NUMERIC_OID = 1700; // sum() of a bigint

/**
 * bigint → number, refusing any value a JavaScript number cannot hold exactly (more than
 * 2^53 − 1 pence is £90 trillion: a value that large is corrupt, and silently rounding it would
 * be worse than failing).
 */
export function parseSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${text} is outside the range of exact integers (±2^53 − 1)`);
  }
  return value;
}

/** numeric → number; only whole numbers are expected (sums of pence and counts). */
function parseNumeric(text: string): number {
  return /^-?\d+$/.test(text) ? parseSafeInteger(text) : Number(text);
}

/**
 * Type parsers for this store's connections only (pg's global parsers are left alone, so another
 * library in the same process is not surprised).
 */
const postgresTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return parseSafeInteger;
    if (oid === NUMERIC_OID) return parseNumeric;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function createPostgresDb(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    types: postgresTypes,
  });
  // Before any query runs on it: the per-request queries go as named prepared statements.
  pool.on('connect', nameStatementsOn);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  postgresLocations.set(db.getExecutor().adapter, url);
  return db;
}

/**
 * The URL each PostgreSQL store createDb opened was opened with, by the store's adapter: one
 * object per store, shared by its transactions and the instances withPlugin makes of it.
 */
const postgresLocations = new WeakMap<object, string>();

/**
 * The URL `db` was opened with, when it is (an instance or a transaction of) a PostgreSQL store
 * opened by createDb; otherwise undefined. An API server opens one more connection with it, to
 * listen for changes (accounts/request-context-changes.ts).
 */
export function postgresLocationOf(db: Kysely<Database>): string | undefined {
  return postgresLocations.get(db.getExecutor().adapter);
}

/** Which engine a store (or a transaction on it) runs on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any store, whatever its tables
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The store as every query function takes it: a Kysely instance or a transaction. */
export type Db = Kysely<Database>;

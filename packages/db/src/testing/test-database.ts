// Throw-away stores for the test suites, on the engine the run asks for. The db and API suites run
// twice in `npm test`: once on SQLite files and once (TEST_ENGINE=postgres) on the PostgreSQL
// server at TEST_DATABASE_URL, each test file in a schema of its own that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Engine } from '../create-db.js';

/** The engine this test run is for: TEST_ENGINE=postgres, otherwise SQLite. */
export function testEngine(): Engine {
  return process.env['TEST_ENGINE'] === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabase {
  engine: Engine;
  /** What createDb takes and DATABASE_URL / DATABASE_PATH carry to a child process. */
  location: string;
  /** Environment variables that point a child process (server, CLI) at this store. */
  env: Record<string, string>;
  /** Removes the store (the SQLite folder, or the PostgreSQL schema and everything in it). */
  drop: () => Promise<void>;
}

/** The PostgreSQL server the tests use; fails loudly when the run asked for PostgreSQL without it. */
export function testPostgresUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (url === undefined || url === '') {
    throw new Error(
      'TEST_ENGINE=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:55432/outcomes_test); ' +
        'scripts/start-test-postgres.sh starts a throw-away server and prints it',
    );
  }
  return url;
}

/** A new, empty store (not yet migrated) on the engine this run is for. */
export async function createTestDatabase(engine: Engine = testEngine()): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'outcomes-test-'));
    const location = join(dir, 'test.sqlite');
    return {
      engine,
      location,
      env: { DATABASE_PATH: location, DATABASE_URL: '' },
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const serverUrl = testPostgresUrl();
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withPostgresClient(serverUrl, (client) => client.query(`create schema ${schema}`));
  const location = schemaLocation(serverUrl, schema);
  return {
    engine,
    location,
    env: { DATABASE_URL: location },
    drop: () =>
      withPostgresClient(serverUrl, (client) => client.query(`drop schema ${schema} cascade`)),
  };
}

/** The server's URL narrowed to one schema: every connection made with it, in this process or a
 * child, works inside that schema (search_path). */
export function schemaLocation(serverUrl: string, schema: string): string {
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** One short-lived connection for administration (creating and dropping schemas). */
export async function withPostgresClient(
  url: string,
  use: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await use(client);
  } finally {
    await client.end();
  }
}

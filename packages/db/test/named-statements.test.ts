// The request-context query runs as a named prepared statement on PostgreSQL (issue 19): parsed
// and planned once per connection. Only registered texts are named; anything else goes as before.
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRequestContext } from '../src/accounts/request-context.js';
import { createDb } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';
import { nameOnPostgres, nameStatementsOn } from '../src/named-statements.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../src/testing/index.js';

const stores: TestDatabase[] = [];
afterAll(async () => {
  for (const store of stores) await store.drop();
});

describe('named statements', () => {
  it('sends a registered text as { name, text, values } and any other text unchanged', async () => {
    const sent: unknown[][] = [];
    const client = {
      query: (...args: unknown[]) => {
        sent.push(args);
        return Promise.resolve({ rows: [] });
      },
    } as unknown as pg.PoolClient;
    nameStatementsOn(client);
    nameOnPostgres('select $1::int as one');
    await client.query('select $1::int as one', [1]);
    await client.query('select $1::int as two', [2]);
    await client.query('begin');
    const [first, second, third] = sent;
    expect(first?.[0]).toMatchObject({ text: 'select $1::int as one', values: [1] });
    expect((first?.[0] as { name: string }).name).toMatch(/^outcomes_[0-9a-f]{24}$/);
    expect(second).toEqual(['select $1::int as two', [2]]);
    expect(third).toEqual(['begin', undefined]);
  });

  it('prepares the request-context query once per connection on PostgreSQL', async () => {
    const store = await createTestDatabase();
    stores.push(store);
    // One connection, so the check below runs on the connection that ran the query.
    const db = createDb(store.location, { poolSize: 1 });
    try {
      await migrateToLatest(db);
      for (let i = 0; i < 3; i += 1) {
        expect(await loadRequestContext(db, { token: 'no-such-hash' }, 'tiny')).toBeUndefined();
      }
      if (testEngine() === 'postgres') {
        const { rows } = await sql<{
          name: string;
        }>`select name from pg_prepared_statements where name like 'outcomes\\_%'`.execute(db);
        expect(rows.length).toBe(1);
      } else {
        // SQLite keeps its own prepared statements (statement-cache.ts): nothing is named.
        expect(testEngine()).toBe('sqlite');
      }
    } finally {
      await db.destroy();
    }
  });
});

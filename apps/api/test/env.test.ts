// The store settings in the environment: a typo must stop the server at boot with a clear
// message, not send it to the wrong database.
import { databaseLocation } from '@outcomes/db';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.js';

describe('readEnv: the store', () => {
  it('defaults to the SQLite file and a pool of ten', () => {
    const env = readEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATABASE_PATH).toBe('var/outcomes.sqlite');
    expect(env.DATABASE_POOL_SIZE).toBe(10);
  });

  it('takes a PostgreSQL URL, which then wins over DATABASE_PATH', () => {
    const env = readEnv({
      DATABASE_URL: 'postgresql://outcomes:secret@db.internal:5432/outcomes',
      DATABASE_PATH: '/srv/outcomes.sqlite',
      DATABASE_POOL_SIZE: '4',
    });
    expect(databaseLocation(env)).toBe('postgresql://outcomes:secret@db.internal:5432/outcomes');
    expect(env.DATABASE_POOL_SIZE).toBe(4);
  });

  it('treats an empty DATABASE_URL as unset (SQLite)', () => {
    const env = readEnv({ DATABASE_URL: '', DATABASE_PATH: '/srv/outcomes.sqlite' });
    expect(databaseLocation(env)).toBe('/srv/outcomes.sqlite');
  });

  it('refuses a URL of another database and a pool size out of range, naming the variable', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://db.internal/outcomes' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
    expect(() => readEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => readEnv({ DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});

// The migrations now speak to two engines. On SQLite they must still build exactly the schema they
// built before PostgreSQL was supported: fixtures/sqlite-schema.sql is that schema, dumped from
// sqlite_master before the migrations learnt PostgreSQL's types, so an existing store and a new
// one can never differ. A new migration changes the schema on purpose: its DDL is added to the
// fixture by hand, exactly as SQLite stores it (2026-12-04T0100: partner.budget and
// baseline.growth_from, both added by ALTER TABLE, so they end their tables' column lists;
// 2026-12-05T0200: the installation_admin table).
// 2026-12-05T0600 adds programme.population, comparison_opt_in, public_page and
// metric.indicator_code the same way, with an index on metric.indicator_code.
// 2026-12-05T0800 adds metric.comparator_name and comparator_source (ending metric's columns,
// after indicator_code), the comparator_value table and its three data_version triggers.
// 2026-12-05T0900 adds commentary.public.
// 2026-12-05T1000 adds metric.benefit_lag_years, persistence_years, drop_off_rate and
// persistence_source, ending metric's columns after comparator_source.
// 2026-12-05T1100 adds metric.retired_from (ending metric's columns, after persistence_source).
// 2026-12-07T0100 adds the programme_change table and its index, and rewrites the
// submission_data_version_insert trigger to log each submission's step there.
import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/create-db.js';
import { migrateToLatest } from '../src/migrate.js';

describe('SQLite schema', () => {
  it('is exactly the schema the migrations built before PostgreSQL support', async () => {
    const db = createDb(':memory:');
    await migrateToLatest(db);
    const rows = await sql<{ type: string; name: string; sql: string | null }>`
      select type, name, sql from sqlite_master where name not like 'sqlite_%' order by type, name
    `.execute(db);
    await db.destroy();
    const dump = rows.rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? ''};\n`).join('\n');
    const expected = await readFile(
      new URL('./fixtures/sqlite-schema.sql', import.meta.url),
      'utf8',
    );
    expect(dump).toBe(expected);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- any store's tables, not the app's Database type */
// A cheap stand-in for storeChecksum, read in ONE query: per table its row count and the highest
// row marker (SQLite's rowid, which an insert raises; PostgreSQL's xmin, which an insert, update
// or delete-then-insert changes), plus every programme's data_version, which triggers raise on
// every write to the figures a programme's reads depend on (migration 2026-11-23T0000). The fuzz
// run compares it after every case, where the full checksum after every case would cost more than
// the case; the checksum still runs every so often to catch what the fingerprint cannot see (an
// update in place to a table without a data_version trigger, on SQLite).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { engineOf } from '../create-db.js';
import { describeTables } from './table-shape.js';

export interface FingerprintOptions {
  /** Tables left out, e.g. session bookkeeping that a read updates (last seen). */
  exclude?: readonly string[];
}

/**
 * Reads the store's tables once and returns a function that computes the fingerprint in one
 * query: a string equal before and after anything that changed nothing. Tables added after
 * this call are not covered; call it again after a migration.
 */
export async function prepareStoreFingerprint(
  db: Kysely<any>,
  options: FingerprintOptions = {},
): Promise<() => Promise<string>> {
  const exclude = new Set(options.exclude ?? []);
  const postgres = engineOf(db) === 'postgres';
  const tables = (await describeTables(db)).filter((t) => !exclude.has(t.name));
  // xmin is a transaction id (type xid): through text to a number, as max() has no xid version,
  // and back to text so that every branch of the union has the same type.
  const marker = postgres ? sql`max(xmin::text::bigint)::text` : sql`max(rowid)`;
  const parts: RawBuilder<unknown>[] = tables.map(
    (t) =>
      sql`select ${sql.lit(t.name)} as t, count(*) as n, ${marker} as m from ${sql.table(t.name)}`,
  );
  if (tables.some((t) => t.name === 'programme')) {
    // Every programme's id and data_version, in id order, as one text.
    const versions = postgres
      ? sql`string_agg(id || '=' || data_version, ',' order by id)`
      : sql`group_concat(id || '=' || data_version, ',')`;
    const ordered = sql`(select id, data_version from programme order by id)`;
    parts.push(
      sql`select 'programme.data_version' as t, count(*) as n, ${versions} as m from ${ordered} v`,
    );
  }
  const query = sql<{
    t: string;
    n: number | string;
    m: unknown;
  }>`${sql.join(parts, sql` union all `)}`;
  return async () => {
    const { rows } = await query.execute(db);
    return rows.map((r) => `${r.t}:${String(r.n)}:${String(r.m)}`).join('|');
  };
}

/** The fingerprint once (two queries: the catalogue, then the fingerprint). */
export async function storeFingerprint(
  db: Kysely<any>,
  options: FingerprintOptions = {},
): Promise<string> {
  return (await prepareStoreFingerprint(db, options))();
}

// Named prepared statements on PostgreSQL for the few queries that run on every request (issue
// 19). Kysely sends every query unnamed, so PostgreSQL parses and plans it each time; a named
// statement is parsed once per connection and then only bound and run. Only registered SQL texts
// are named: each name holds a statement on every connection for the connection's life, so
// naming every text Kysely produces (IN lists of any length) would grow without bound.
import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Registered SQL texts and their statement names. */
const names = new Map<string, string>();

/** Asks every PostgreSQL connection of every store to run `sql` as a named prepared statement. */
export function nameOnPostgres(sql: string): void {
  if (names.has(sql)) return;
  // The name follows from the text, so two texts never share a name (PostgreSQL would refuse).
  const digest = createHash('sha256').update(sql).digest('hex').slice(0, 24);
  names.set(sql, `outcomes_${digest}`);
}

type Query = (...args: unknown[]) => unknown;

/**
 * Wraps a new connection's `query` so that a registered text, sent as (text, values), goes as
 * pg's `{ name, text, values }`: the same round trip, without the parse and plan.
 */
export function nameStatementsOn(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  const named: Query = (config, values, ...rest) => {
    const name = typeof config === 'string' ? names.get(config) : undefined;
    if (name === undefined || !Array.isArray(values)) return query(config, values, ...rest);
    return query({ name, text: config, values }, ...rest);
  };
  client.query = named as typeof client.query;
}

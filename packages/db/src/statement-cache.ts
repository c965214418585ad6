// Kysely's SQLite driver prepares every query afresh, and preparing a statement costs more than
// running a small indexed one. This keeps prepared statements by their SQL text (the same query
// shape always compiles to the same text) and hands them out again while they are idle.
import type { Database, Statement } from 'better-sqlite3';

/** Statements kept per connection (least recently used dropped first). */
const MAX_STATEMENTS = 256;
/** Longer SQL (multi-row inserts of a pack load) is rare per text and large: not kept. */
const MAX_SQL_LENGTH = 4096;

export function cacheStatements(sqlite: Database, max: number = MAX_STATEMENTS): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, Statement>();
  const cached = (source: string): Statement => {
    const hit = statements.get(source);
    // A statement still being iterated (a streamed query) cannot run twice at once.
    if (hit !== undefined && !hit.busy) {
      statements.delete(source);
      statements.set(source, hit);
      return hit;
    }
    const statement = prepare(source);
    if (source.length <= MAX_SQL_LENGTH && hit === undefined) {
      statements.set(source, statement);
      for (const oldest of statements.keys()) {
        if (statements.size <= max) break;
        statements.delete(oldest);
      }
    }
    return statement;
  };
  sqlite.prepare = cached as Database['prepare'];
}

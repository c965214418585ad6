// What the migrations need to say differently to each engine, in one place, so one set of
// migrations builds the same store on SQLite and PostgreSQL. The SQLite spelling of every type
// here is exactly what the migrations wrote before PostgreSQL was supported, so a SQLite store's
// schema is unchanged (test/schema-snapshot.test.ts holds it to the original DDL).
import {
  sql,
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type Expression,
  type Kysely,
} from 'kysely';
import { engineOf } from '../create-db.js';

/** What Kysely's addColumn takes as a type (its own alias for this is not exported). */
type DataTypeExpression = ColumnDataType | Expression<unknown>;

export interface PortableTypes {
  /** Text compared byte by byte on both engines (SQLite's BINARY; PostgreSQL's "C" collation),
   * so ordering and uniqueness never depend on the server's locale. */
  text: DataTypeExpression;
  /** An 8-byte float: SQLite's REAL; PostgreSQL's real is 4 bytes, so double precision there. */
  float: DataTypeExpression;
  /** A 64-bit integer (pence, counters): SQLite's INTEGER is 64-bit already; bigint on PostgreSQL. */
  int64: DataTypeExpression;
  /** Raw bytes (uploaded files): BLOB; bytea on PostgreSQL. */
  bytes: DataTypeExpression;
  /** A generated integer primary key: AUTOINCREMENT (ids never reused) or an identity column. */
  generatedId: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  isPostgres: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations take Kysely<any>
export function portableTypes(db: Kysely<any>): PortableTypes {
  const isPostgres = engineOf(db) === 'postgres';
  return isPostgres
    ? {
        text: sql`text collate "C"`,
        float: 'double precision',
        int64: 'bigint',
        bytes: 'bytea',
        generatedId: (c) => c.primaryKey().generatedByDefaultAsIdentity(),
        isPostgres,
      }
    : {
        text: 'text',
        float: 'real',
        int64: 'integer',
        bytes: 'blob',
        generatedId: (c) => c.primaryKey().autoIncrement(),
        isPostgres,
      };
}

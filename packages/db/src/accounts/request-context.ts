// Everything an API request needs to know about who asks, in one round trip to the store: the
// credential (a session or an API token, by its hash), its user, the user's role grants and, when
// the request names a programme, whether it exists and its data stamp. A cached read then costs
// this one query and nothing else, on either engine; because the stamp is read from the store on
// every request, a write committed through any server is seen by the next read of every other.
import { CompiledQuery, type Kysely } from 'kysely';
import { engineOf, idleSqliteConnectionOf, type Engine } from '../create-db.js';
import type { Database } from '../schema/database.js';
import { formatDataStamp } from '../queries/get-data-stamp.js';
import { nameOnPostgres } from '../named-statements.js';
import type { StoredRoleGrant } from './role-grants.js';

/** Which credential the request carries: the SHA-256 (hex) of a session cookie or an API token. */
export type CredentialHash = { session: string } | { token: string };

export interface RequestCredential {
  kind: 'session' | 'token';
  /** The session's id (its hash) or the API token's numeric id. */
  id: string | number;
  /** Sessions only: the CSRF token the web app must send back on writes. */
  csrfToken: string | null;
  /** The session's last use, or the token's (null when never used). */
  lastUsedAt: string | null;
  /** Absolute end (null: an API token without expiry). */
  expiresAt: string | null;
  /** API tokens only: when revoked. */
  revokedAt: string | null;
}

export interface RequestContext {
  credential: RequestCredential;
  user: {
    id: number;
    email: string;
    name: string;
    disabledAt: string | null;
    /** Whether the user administers the installation (installation_admin), read in the same query. */
    installationAdmin: boolean;
  };
  grants: StoredRoleGrant[];
  /** Null when no programme was asked about; else its data stamp (undefined: no such programme). */
  programme: { id: string; stamp: string | undefined } | null;
}

/** Grant fields as the query aggregates them: [id, programme, role, partner, strand ids (JSON)]. */
type GrantTuple = [number, string, string, string | null, string];

/** The one row the query returns (columns as both engines name them). */
interface Row {
  credential_id: string | number;
  csrf_token: string | null;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  user_id: number;
  email: string;
  name: string;
  disabled_at: string | null;
  /** Installation admin: 0/1 on SQLite, a boolean on PostgreSQL. */
  installation_admin: number | boolean;
  /** The user's grants as a JSON array of GrantTuple: text on SQLite, parsed by pg on PostgreSQL. */
  grants: string | GrantTuple[] | null;
  programme_version: number | string | null;
  programme_loaded_at: string | null;
}

/**
 * The query, by engine and credential: one row (none when no credential has the hash), the
 * user's grants aggregated into it as JSON, the programme (when asked for) joined by its primary
 * key. One row rather than one per grant: fewer values for the driver to build on every request.
 * Parameters, in this order on both engines: the programme id (null when none is asked for), then
 * the credential's hash (SQLite binds `?` by position, so the programme's comes first in the text).
 */
function requestContextSql(engine: Engine, kind: 'session' | 'token'): string {
  const p = (n: 1 | 2) => (engine === 'postgres' ? `$${n}` : '?');
  const credentialColumns =
    kind === 'session'
      ? 'c.id as credential_id, c.csrf_token, c.last_seen_at as last_used_at, c.expires_at, null as revoked_at'
      : 'c.id as credential_id, null as csrf_token, c.last_used_at, c.expires_at, c.revoked_at';
  const grantTuple = 'g.id, g.programme_id, g.role, g.partner_id, g.strand_ids';
  const grants =
    engine === 'postgres'
      ? `(select json_agg(json_build_array(${grantTuple})) from role_grant g where g.user_id = u.id)`
      : `(select json_group_array(json_array(${grantTuple})) from role_grant g where g.user_id = u.id)`;
  const credentialTable = kind === 'session' ? 'session' : 'api_token';
  const credentialKey = kind === 'session' ? 'c.id' : 'c.token_hash';
  return [
    `select ${credentialColumns},`,
    'u.id as user_id, u.email, u.name, u.disabled_at,',
    'exists (select 1 from installation_admin a where a.user_id = u.id) as installation_admin,',
    `${grants} as grants,`,
    'p.data_version as programme_version, p.loaded_at as programme_loaded_at',
    `from ${credentialTable} c`,
    'inner join app_user u on u.id = c.user_id',
    `left join programme p on p.id = ${p(1)}`,
    `where ${credentialKey} = ${p(2)}`,
  ].join(' ');
}

const QUERIES = {
  sqlite: {
    session: requestContextSql('sqlite', 'session'),
    token: requestContextSql('sqlite', 'token'),
  },
  postgres: {
    session: requestContextSql('postgres', 'session'),
    token: requestContextSql('postgres', 'token'),
  },
} as const;
// Run on every API request: parsed and planned once per PostgreSQL connection.
nameOnPostgres(QUERIES.postgres.session);
nameOnPostgres(QUERIES.postgres.token);

function parseStrandIds(text: string | null): string[] {
  const parsed: unknown = JSON.parse(text ?? '[]');
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** Grants in a stable order (programme, then when granted), whichever engine aggregated them. */
function grantsOf(userId: number, aggregated: Row['grants']): StoredRoleGrant[] {
  const tuples: GrantTuple[] =
    aggregated === null
      ? []
      : typeof aggregated === 'string'
        ? (JSON.parse(aggregated) as GrantTuple[])
        : aggregated;
  return tuples
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] - b[0]))
    .map(([, programmeId, role, partnerId, strandIds]) => ({
      userId,
      programmeId,
      role,
      partnerId,
      strandIds: parseStrandIds(strandIds),
    }));
}

function toRequestContext(
  kind: 'session' | 'token',
  row: Row,
  programmeId: string | null,
): RequestContext {
  return {
    credential: {
      kind,
      id: row.credential_id,
      csrfToken: row.csrf_token,
      lastUsedAt: row.last_used_at,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    },
    user: {
      id: row.user_id,
      email: row.email,
      name: row.name,
      disabledAt: row.disabled_at,
      installationAdmin: row.installation_admin === true || Number(row.installation_admin) > 0,
    },
    grants: grantsOf(row.user_id, row.grants),
    programme:
      programmeId === null
        ? null
        : {
            id: programmeId,
            stamp:
              row.programme_version === null || row.programme_loaded_at === null
                ? undefined
                : formatDataStamp(row.programme_loaded_at, row.programme_version),
          },
  };
}

/**
 * The credential with its user, grants and (when `programmeId` is given) the programme's data
 * stamp; undefined when no session or token has that hash. Expiry, revocation and disabled
 * accounts are left to the caller to judge (it also refreshes idle clocks).
 *
 * On a SQLite store opened by createDb, when no transaction is open on its connection, the query
 * runs straight on better-sqlite3's prepared statement: the same SQL and the same committed data,
 * without Kysely's connection queue and promise hops, which cost more than the query itself on a
 * cached read. Inside a transaction (the connection is then another caller's until it commits) it
 * waits its turn through Kysely like any other query, so it never reads uncommitted rows.
 */
export async function loadRequestContext(
  db: Kysely<Database>,
  credential: CredentialHash,
  programmeId: string | null,
): Promise<RequestContext | undefined> {
  const kind = 'session' in credential ? 'session' : 'token';
  const hash = 'session' in credential ? credential.session : credential.token;
  const direct = idleSqliteConnectionOf(db);
  if (direct !== undefined) {
    const row = direct.prepare(QUERIES.sqlite[kind]).get(programmeId, hash) as Row | undefined;
    return row === undefined ? undefined : toRequestContext(kind, row, programmeId);
  }
  const query = QUERIES[engineOf(db)][kind];
  const { rows } = await db.executeQuery<Row>(CompiledQuery.raw(query, [programmeId, hash]));
  const row = rows[0];
  return row === undefined ? undefined : toRequestContext(kind, row, programmeId);
}

/**
 * SQLite: a marker that changes whenever anything a request context is read from may have changed.
 * `total_changes()` counts every row this connection has inserted, updated or deleted (triggers'
 * too, and rolled-back ones: a spurious change, never a missed one); `data_version` changes when
 * any other connection, in this process or another, has committed to the file since this one last
 * read it. Reading both costs a read transaction and no table (about 6 µs), where the context
 * query with its joins and grants costs twice that and more to turn into objects. Read it before
 * the context: a commit in between then shows as a change at the next read, never as a kept
 * context older than its marker. Undefined on PostgreSQL (RequestContextChanges is its answer).
 */
export async function sqliteChangeMarker(db: Kysely<Database>): Promise<string | undefined> {
  if (engineOf(db) !== 'sqlite') return undefined;
  const direct = idleSqliteConnectionOf(db);
  const row =
    direct !== undefined
      ? (direct.prepare(CHANGE_MARKER_SQL).get() as MarkerRow | undefined)
      : (await db.executeQuery<MarkerRow>(CompiledQuery.raw(CHANGE_MARKER_SQL))).rows[0];
  return row === undefined ? undefined : `${row.own}:${row.others}`;
}

const CHANGE_MARKER_SQL =
  'select total_changes() as own, data_version as others from pragma_data_version';

interface MarkerRow {
  own: number;
  others: number;
}

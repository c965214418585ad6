// Everything an API request needs to know about who asks, in one round trip to the store: the
// credential (a session or an API token, by its hash), its user, the user's role grants and, when
// the request names a programme, whether it exists and its data stamp. A cached read then costs
// this one query and nothing else, on either engine; because the stamp is read from the store on
// every request, a write committed through any server is seen by the next read of every other.
import { CompiledQuery, sql, type Kysely } from 'kysely';
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

/** Stand-ins compiled into the query where the request's values go (see loadRequestContext). */
const PROGRAMME_MARK = '\u0000programme';
const CREDENTIAL_MARK = '\u0000credential';

interface CompiledQueries {
  session: CompiledQuery<Row>;
  token: CompiledQuery<Row>;
}

const compiledQueries = new WeakMap<Kysely<Database>, CompiledQueries>();

function compiledQueriesOf(db: Kysely<Database>): CompiledQueries {
  let compiled = compiledQueries.get(db);
  if (compiled === undefined) {
    compiled = compileQueries(db);
    compiledQueries.set(db, compiled);
  }
  return compiled;
}

/**
 * The two shapes of the query (by session id, by token hash), one row per role grant (or one with
 * no grant), the programme's version and load time as scalar primary-key subqueries (null when
 * no programme is asked for or none has that id).
 */
function compileQueries(db: Kysely<Database>): CompiledQueries {
  const version = sql<
    number | string | null
  >`(select data_version from programme where id = ${PROGRAMME_MARK})`;
  const loadedAt = sql<
    string | null
  >`(select loaded_at from programme where id = ${PROGRAMME_MARK})`;
  const grantColumns = [
    'g.programme_id as grant_programme_id',
    'g.role as grant_role',
    'g.partner_id as grant_partner_id',
    'g.strand_ids as grant_strand_ids',
  ] as const;
  const userColumns = ['u.id as user_id', 'u.email', 'u.name', 'u.disabled_at'] as const;
  const installationAdmin = sql<
    number | string
  >`(select count(*) from installation_admin where user_id = u.id)`;
  const session = db
    .selectFrom('session as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .leftJoin('role_grant as g', 'g.user_id', 'u.id')
    .select([
      'c.id as credential_id',
      'c.csrf_token',
      'c.last_seen_at as last_used_at',
      'c.expires_at',
      sql<null>`null`.as('revoked_at'),
      ...userColumns,
      installationAdmin.as('installation_admin'),
      ...grantColumns,
      version.as('programme_version'),
      loadedAt.as('programme_loaded_at'),
    ])
    .where('c.id', '=', CREDENTIAL_MARK)
    .orderBy('g.programme_id')
    .orderBy('g.id')
    .compile();
  const token = db
    .selectFrom('api_token as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .leftJoin('role_grant as g', 'g.user_id', 'u.id')
    .select([
      'c.id as credential_id',
      sql<null>`null`.as('csrf_token'),
      'c.last_used_at',
      'c.expires_at',
      'c.revoked_at',
      ...userColumns,
      installationAdmin.as('installation_admin'),
      ...grantColumns,
      version.as('programme_version'),
      loadedAt.as('programme_loaded_at'),
    ])
    .where('c.token_hash', '=', CREDENTIAL_MARK)
    .orderBy('g.programme_id')
    .orderBy('g.id')
    .compile();
  // Run on every API request: parsed and planned once per PostgreSQL connection.
  nameOnPostgres(session.sql);
  nameOnPostgres(token.sql);
  return { session: session as CompiledQuery<Row>, token: token as CompiledQuery<Row> };
}

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
  /** 0 or 1 (a count: PostgreSQL returns it as text). */
  installation_admin: number | string;
  grant_programme_id: string | null;
  grant_role: string | null;
  grant_partner_id: string | null;
  grant_strand_ids: string | null;
  programme_version: number | string | null;
  programme_loaded_at: string | null;
}

function parseStrandIds(text: string | null): string[] {
  const parsed: unknown = JSON.parse(text ?? '[]');
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/**
 * The credential with its user, grants and (when `programmeId` is given) the programme's data
 * stamp; undefined when no session or token has that hash. Expiry, revocation and disabled
 * accounts are left to the caller to judge (it also refreshes idle clocks).
 */
export async function loadRequestContext(
  db: Kysely<Database>,
  credential: CredentialHash,
  programmeId: string | null,
): Promise<RequestContext | undefined> {
  const kind = 'session' in credential ? 'session' : 'token';
  const hash = 'session' in credential ? credential.session : credential.token;
  const compiled = compiledQueriesOf(db)[kind];
  // The query runs on every API request: compiled once per store, only its values change.
  const parameters = compiled.parameters.map((p) =>
    p === PROGRAMME_MARK ? programmeId : p === CREDENTIAL_MARK ? hash : p,
  );
  const { rows } = await db.executeQuery<Row>(CompiledQuery.raw(compiled.sql, parameters));
  const first = rows[0];
  if (first === undefined) return undefined;
  const grants: StoredRoleGrant[] = [];
  for (const row of rows) {
    if (row.grant_programme_id === null || row.grant_role === null) continue;
    grants.push({
      userId: first.user_id,
      programmeId: row.grant_programme_id,
      role: row.grant_role,
      partnerId: row.grant_partner_id,
      strandIds: parseStrandIds(row.grant_strand_ids),
    });
  }
  return {
    credential: {
      kind: kind,
      id: first.credential_id,
      csrfToken: first.csrf_token,
      lastUsedAt: first.last_used_at,
      expiresAt: first.expires_at,
      revokedAt: first.revoked_at,
    },
    user: {
      id: first.user_id,
      email: first.email,
      name: first.name,
      disabledAt: first.disabled_at,
      installationAdmin: Number(first.installation_admin) > 0,
    },
    grants,
    programme:
      programmeId === null
        ? null
        : {
            id: programmeId,
            stamp:
              first.programme_version === null || first.programme_loaded_at === null
                ? undefined
                : formatDataStamp(first.programme_loaded_at, first.programme_version),
          },
  };
}

// Request contexts kept between requests (issue 19), so a cached read costs less than reading the
// credential, its user, its grants and the programme's stamp again. What may be kept, and for how
// long, each engine says in its own way, and both keep the answers exact:
// - PostgreSQL: RequestContextChanges (packages/db/src/accounts/request-context-changes.ts). A
//   context is used only while that server's change listener is fresh, every kept context is
//   dropped at the first change notification, and a read makes no round trip at all.
// - SQLite: sqliteChangeMarker (packages/db/src/accounts/request-context.ts). Each request reads
//   the connection's change marker (its own row changes and other connections' commits) and every
//   kept context is dropped when it moved, so any write, by this server, another process or a SQL
//   shell, is seen by the very next request. A read then costs the marker, not the context query.
// With `enabled: false` (REQUEST_CONTEXT_CACHE=false) every request reads its context from the store.
//
// One thing a kept context may hold stale, on PostgreSQL: its credential's idle clock. Refreshing
// last_seen_at (a session) or last_used_at (an API token) notifies nobody (migration
// 2026-12-07T0200), or every session's once-a-minute refresh would drop every kept context on
// every server. The clock only moves forward, so a kept one is never later than the store's. This
// server's own refreshes are applied to what it hands out (noteUsed); another server's are not, so
// a caller about to end a session for idleness reads it afresh first (load's `fromStore`), and at
// worst each server refreshes a clock once a minute where one server would have done.
import {
  engineOf,
  loadRequestContext,
  sqliteChangeMarker,
  type CredentialHash,
  type Db,
  type RequestContext,
  type RequestContextChanges,
} from '@outcomes/db';

/** Contexts kept at most; past this the cache starts again (a flood of credentials, say). */
const DEFAULT_MAX_ENTRIES = 20_000;

/** Where the validity of kept contexts comes from. */
type Keeping =
  | { engine: 'postgres'; changes: RequestContextChanges }
  | { engine: 'sqlite' }
  | { engine: 'none' };

export class RequestContextCache {
  private readonly entries = new Map<string, RequestContext>();
  /** This server's own idle-clock refreshes, by credential (credentialKeyOf). */
  private readonly usedAt = new Map<string, string>();
  /** What the entries were read under: the listener's generation, or the SQLite marker. */
  private entriesReadUnder: number | string | undefined = undefined;
  private readonly keeping: Keeping;
  private readonly maxEntries: number;

  /**
   * `changes`: the PostgreSQL change listener (undefined on SQLite, or when keeping is off).
   * `enabled: false` keeps nothing on either engine.
   */
  constructor(
    private readonly db: Db,
    changes: RequestContextChanges | undefined,
    options: { enabled?: boolean; maxEntries?: number } = {},
  ) {
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.keeping =
      options.enabled === false
        ? { engine: 'none' }
        : changes !== undefined
          ? { engine: 'postgres', changes }
          : engineOf(db) === 'sqlite'
            ? { engine: 'sqlite' }
            : { engine: 'none' };
  }

  /** Whether contexts are kept at all. */
  get enabled(): boolean {
    return this.keeping.engine !== 'none';
  }

  /**
   * Whether a kept context may be used now without asking the store anything: on PostgreSQL
   * while the listener's heartbeat is fresh; never on SQLite, where each use reads the marker.
   */
  get usable(): boolean {
    return this.keeping.engine === 'postgres' && this.keeping.changes.fresh;
  }

  /** Resolves once every server has handled every change committed so far (tests, writes). */
  async settle(): Promise<void> {
    if (this.keeping.engine === 'postgres') await this.keeping.changes.barrier();
  }

  /**
   * The credential's context as loadRequestContext reads it, from memory when that is exact (its
   * idle clock at least as late as this server last wrote it). `fromStore` reads it from the
   * store whatever is kept, and keeps what it read.
   */
  async load(
    credential: CredentialHash,
    programmeId: string | null,
    options: { fromStore?: boolean } = {},
  ): Promise<RequestContext | undefined> {
    const context = await this.loadKeptOrRead(credential, programmeId, options.fromStore === true);
    return context === undefined ? undefined : this.withOwnUse(credential, context);
  }

  /**
   * Notes that this server has just written the credential's idle clock (`at`, an ISO time), so
   * the contexts it hands out say so even though the write dropped nothing it keeps.
   */
  noteUsed(credential: CredentialHash, at: string): void {
    if (this.keeping.engine === 'none') return;
    if (this.usedAt.size >= this.maxEntries) this.usedAt.clear();
    this.usedAt.set(credentialKeyOf(credential), at);
  }

  private loadKeptOrRead(
    credential: CredentialHash,
    programmeId: string | null,
    fromStore: boolean,
  ): Promise<RequestContext | undefined> {
    switch (this.keeping.engine) {
      case 'postgres':
        return this.loadOnPostgres(this.keeping.changes, credential, programmeId, fromStore);
      case 'sqlite':
        return this.loadOnSqlite(credential, programmeId, fromStore);
      case 'none':
        return loadRequestContext(this.db, credential, programmeId);
    }
  }

  /** The context with this server's own later idle-clock write in place of the one it holds. */
  private withOwnUse(credential: CredentialHash, context: RequestContext): RequestContext {
    const used = this.usedAt.get(credentialKeyOf(credential));
    const held = context.credential.lastUsedAt;
    if (used === undefined || (held !== null && Date.parse(held) >= Date.parse(used))) {
      return context;
    }
    return { ...context, credential: { ...context.credential, lastUsedAt: used } };
  }

  private async loadOnPostgres(
    changes: RequestContextChanges,
    credential: CredentialHash,
    programmeId: string | null,
    fromStore: boolean,
  ): Promise<RequestContext | undefined> {
    const generation = changes.generation;
    this.dropUnlessReadUnder(generation);
    const key = keyOf(credential, programmeId);
    if (changes.fresh && !fromStore) {
      const kept = this.entries.get(key);
      if (kept !== undefined) return kept;
    }
    const context = await loadRequestContext(this.db, credential, programmeId);
    // Kept only if no change arrived while it was read: it might predate that change.
    if (context !== undefined && changes.generation === generation) this.keep(key, context);
    return context;
  }

  private async loadOnSqlite(
    credential: CredentialHash,
    programmeId: string | null,
    fromStore: boolean,
  ): Promise<RequestContext | undefined> {
    // The marker first, then the context: a commit between the two makes the next marker differ.
    const marker = await sqliteChangeMarker(this.db);
    if (marker === undefined) return loadRequestContext(this.db, credential, programmeId);
    this.dropUnlessReadUnder(marker);
    const key = keyOf(credential, programmeId);
    const kept = fromStore ? undefined : this.entries.get(key);
    if (kept !== undefined) return kept;
    const context = await loadRequestContext(this.db, credential, programmeId);
    // Not kept if another request has since seen the marker move (the entries are newer).
    if (context !== undefined && this.entriesReadUnder === marker) this.keep(key, context);
    return context;
  }

  private keep(key: string, context: RequestContext): void {
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(key, context);
  }

  private dropUnlessReadUnder(version: number | string): void {
    if (version === this.entriesReadUnder) return;
    this.entries.clear();
    this.entriesReadUnder = version;
  }
}

/** The credential alone, whatever programme the request names. */
function credentialKeyOf(credential: CredentialHash): string {
  return 'session' in credential ? `s:${credential.session}` : `t:${credential.token}`;
}

/** A hash is hex and the kind a fixed word, so the key is unambiguous; NUL never is an id. */
function keyOf(credential: CredentialHash, programmeId: string | null): string {
  return `${credentialKeyOf(credential)}:${programmeId ?? '\u0000'}`;
}

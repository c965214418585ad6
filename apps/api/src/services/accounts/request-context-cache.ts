// Request contexts kept between requests on PostgreSQL (issue 19): a cached read then makes no
// round trip at all. What may be kept, and for how long, is RequestContextChanges' to say (see
// packages/db/src/accounts/request-context-changes.ts for why the answers stay exact): a context
// is used only while that server's change listener is fresh, and every kept context is dropped
// at the first change notification. Without a listener (SQLite, or a store not opened by
// createDb) every request reads its context from the store, as before.
import {
  loadRequestContext,
  type CredentialHash,
  type Db,
  type RequestContext,
  type RequestContextChanges,
} from '@outcomes/db';

/** Contexts kept at most; past this the cache starts again (a flood of credentials, say). */
const DEFAULT_MAX_ENTRIES = 20_000;

export class RequestContextCache {
  private readonly entries = new Map<string, RequestContext>();
  /** The listener's generation the entries were read in. */
  private entriesGeneration = -1;

  constructor(
    private readonly db: Db,
    private readonly changes: RequestContextChanges | undefined,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
  ) {}

  /** Whether contexts are kept at all (a PostgreSQL store with a change listener). */
  get enabled(): boolean {
    return this.changes !== undefined;
  }

  /** Whether a kept context may be used now (the listener's heartbeat is fresh). */
  get usable(): boolean {
    return this.changes?.fresh ?? false;
  }

  /** Resolves once every server has handled every change committed so far (tests, writes). */
  async settle(): Promise<void> {
    await this.changes?.barrier();
  }

  /** The credential's context as loadRequestContext reads it, from memory when that is exact. */
  async load(
    credential: CredentialHash,
    programmeId: string | null,
  ): Promise<RequestContext | undefined> {
    const changes = this.changes;
    if (changes === undefined) return loadRequestContext(this.db, credential, programmeId);
    this.dropIfChanged(changes.generation);
    // A hash is hex and the kind a fixed word, so the key is unambiguous; NUL never is an id.
    const key =
      'session' in credential
        ? `s:${credential.session}:${programmeId ?? '\u0000'}`
        : `t:${credential.token}:${programmeId ?? '\u0000'}`;
    if (changes.fresh) {
      const kept = this.entries.get(key);
      if (kept !== undefined) return kept;
    }
    const generation = changes.generation;
    const context = await loadRequestContext(this.db, credential, programmeId);
    // Kept only if no change arrived while it was read: it might predate that change. (With the
    // generation unchanged, the entries are still those of this generation: dropIfChanged ran
    // above, and only ever moves them to the listener's current generation.)
    if (context !== undefined && changes.generation === generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, context);
    }
    return context;
  }

  private dropIfChanged(generation: number): void {
    if (generation === this.entriesGeneration) return;
    this.entries.clear();
    this.entriesGeneration = generation;
  }
}

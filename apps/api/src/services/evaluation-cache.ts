// Evaluated programmes kept in memory, keyed by (programme, as-of date) and checked against the
// programme's data stamp on every read, so a write by any path or process is seen by the next
// read. One cache per store (a Kysely instance), so two stores never share entries.
//
// Cached values are shared between requests: read them, never mutate them.
import { getDataStamp, type Db } from '@outcomes/db';

/** Entries kept per store: each is one programme at one as-of date (about 1 MB at 30 metrics). */
export const EVALUATION_CACHE_ENTRIES = 64;

interface Entry<T> {
  /** The data stamp the value is good for: its data were read after this stamp was. */
  stamp: string;
  value: Promise<T>;
  /** compute() has been called: the data it reads may already be older than a newer stamp. */
  started: boolean;
  settled: boolean;
  /** The value, once computed: what the next computation for the key may start from. */
  result?: T;
}

/** What compute() may start from: the key's last value computed, when there is one. */
export type Compute<T> = (previous: T | undefined) => Promise<T>;

const noop = (): void => undefined;

export class EvaluationCache<T> {
  // A Map iterates in insertion order; re-inserting on every hit makes it least-recently-used.
  readonly #entries = new Map<string, Entry<T>>();
  /** How many times a value was computed (an evaluation): what a 304 or a cache hit saves. */
  #computations = 0;

  constructor(readonly maxEntries: number = EVALUATION_CACHE_ENTRIES) {}

  get size(): number {
    return this.#entries.size;
  }

  get computations(): number {
    return this.#computations;
  }

  /**
   * The value for (programme, asOf) computed from the data as it stands: the cached one when the
   * programme's stamp is unchanged, otherwise `compute()` (shared by concurrent callers). Null
   * when the programme does not exist.
   *
   * At most one computation per key runs at a time. While returns arrive every few hundred
   * milliseconds (a board meeting with data officers uploading), each write changes the stamp;
   * starting a fresh evaluation for every new stamp seen would pile up evaluations that are stale
   * before they finish and starve every request of CPU. Instead a reader with a newer stamp waits
   * for the running computation, and one more then runs for everyone who arrived meanwhile.
   *
   * `compute` is handed the key's last value (the running computation's, once it has finished)
   * so it may bring that value up to date instead of starting afresh; it must not mutate it.
   */
  async get(db: Db, programmeId: string, asOf: string, compute: Compute<T>): Promise<T | null> {
    const stamp = await getDataStamp(db, programmeId);
    if (stamp === undefined) {
      this.invalidateProgramme(programmeId);
      return null;
    }
    const key = `${programmeId}\u0000${asOf}`;
    const hit = this.#entries.get(key);
    if (hit !== undefined && (hit.stamp === stamp || !hit.started)) {
      // A computation that has not read anything yet reads data newer than this reader's stamp,
      // so this reader may share it; it is then tagged with the newest stamp it serves (any
      // stamp read before its data is a safe tag: a later hit needs the very same stamp).
      hit.stamp = stamp;
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    // Tagged with the stamp read before computing: the data read can only be as new or newer, so
    // a write in between costs one more computation, never a stale answer.
    const running = hit !== undefined && !hit.settled ? hit.value : undefined;
    const turn = running === undefined ? Promise.resolve() : running.then(noop, noop);
    const entry: Entry<T> = {
      stamp,
      started: false,
      settled: false,
      value: turn.then(() => {
        entry.started = true;
        this.#computations += 1;
        // Read after `turn`: a running computation's value is there once it has finished.
        return compute(hit?.result);
      }),
    };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
    entry.value.then(
      (result) => {
        entry.settled = true;
        entry.result = result;
      },
      () => {
        entry.settled = true;
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.value;
  }

  /** Drops every entry of the programme (a write in this process: frees the memory at once). */
  invalidateProgramme(programmeId: string): void {
    const prefix = `${programmeId}\u0000`;
    for (const key of [...this.#entries.keys()]) {
      if (key.startsWith(prefix)) this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** What a store's caches hold: evaluations, or a programme's data as it stands. */
export type CacheKind = 'evaluation' | 'current-data';

const caches = new WeakMap<Db, Map<CacheKind, EvaluationCache<unknown>>>();

/** The cache of `db` holding `kind` (created on first use). */
export function evaluationCacheOf<T>(db: Db, kind: CacheKind = 'evaluation'): EvaluationCache<T> {
  let ofDb = caches.get(db);
  if (ofDb === undefined) {
    ofDb = new Map();
    caches.set(db, ofDb);
  }
  let cache = ofDb.get(kind);
  if (cache === undefined) {
    cache = new EvaluationCache<unknown>();
    ofDb.set(kind, cache);
  }
  return cache as EvaluationCache<T>;
}

/**
 * Call after a write to a programme's figures commits. Not needed for correctness (the next read
 * sees the changed data stamp) but it frees the stale entries straight away.
 */
export function invalidateProgramme(db: Db, programmeId: string): void {
  for (const cache of caches.get(db)?.values() ?? []) cache.invalidateProgramme(programmeId);
}

// One lane of the fuzz run: an app on its own store, sent one hostile request after another. After
// each it checks the answer (never a 5xx; a refusal in the one error shape) and that a refusal
// changed nothing: the store's fingerprint (one query, packages/db store-fingerprint.ts) after
// every case, and the full checksum every `checksumEvery` cases on the store, after every stored
// upload (so the checksum to compare with is always current) and when the store is retired.
import { prepareStoreFingerprint } from '@outcomes/db/testing';
import {
  authHeaders,
  createTestUser,
  startTestApp,
  storeChecksum,
  tinyPackDir,
  type TestApp,
} from '../helpers.js';

/** A hostile request: a submission upload by default, or a business-case workbook as admin. */
export interface FuzzRequest {
  label: string;
  body: Buffer;
  contentType: string;
  /** Defaults to the submissions upload of the tiny programme. */
  url?: string;
  /** Who sends it: the police's data officer (default) or the programme's admin. */
  as?: 'officer' | 'admin';
}

/** What one case came to; `failure` says what property it broke, if any. */
export interface CaseResult {
  status: number;
  ms: number;
  failure: string | null;
  partialWrite: boolean;
}

/** Tables that change on reads (sign-in bookkeeping), left out of the comparisons. */
const BOOKKEEPING = ['session', 'api_token', 'sign_in_failure', 'rate_limit_window'];
const UPLOAD_URL = '/api/programmes/tiny/submissions';

export class FuzzLane {
  private store!: {
    t: TestApp;
    tokens: Record<'officer' | 'admin', string>;
    fingerprint: () => Promise<string>;
  };
  private casesOnStore = 0;
  private baselineFingerprint = '';
  private baselineChecksum = '';
  /** Refused cases since the last full checksum: the suspects if it then differs. */
  private sinceChecksum: string[] = [];

  constructor(
    readonly index: number,
    private readonly casesPerStore: number,
    private readonly checksumEvery: number,
  ) {}

  async open(): Promise<void> {
    const t = await startTestApp([tinyPackDir], {
      auth: { writeRateLimitPerMinute: 1_000_000_000 },
    });
    const officer = await createTestUser(t.db, {
      email: `fuzz.officer${this.index}@test.local`,
      programmeId: 'tiny',
      roles: [{ role: 'data-officer', partnerId: 'police' }],
    });
    const admin = await createTestUser(t.db, {
      email: `fuzz.admin${this.index}@test.local`,
      programmeId: 'tiny',
      roles: [{ role: 'admin' }],
    });
    const fingerprint = await prepareStoreFingerprint(t.db, { exclude: BOOKKEEPING });
    this.store = { t, tokens: { officer: officer.token, admin: admin.token }, fingerprint };
    this.casesOnStore = 0;
    this.baselineFingerprint = await fingerprint();
    this.baselineChecksum = await storeChecksum(t.db);
    this.sinceChecksum = [];
  }

  /** The last full check on the store, then closes it. */
  async close(): Promise<string | null> {
    const failure = await this.fullCheck('when its store was retired');
    await this.store.t.close();
    return failure;
  }

  async run(c: FuzzRequest, caseNumber: number): Promise<CaseResult> {
    if (this.casesOnStore >= this.casesPerStore) {
      const failure = await this.close();
      if (failure !== null) return { status: 0, ms: 0, failure, partialWrite: true };
      await this.open();
    }
    this.casesOnStore++;
    const sent = Date.now();
    const res = await this.store.t.app.inject({
      method: 'POST',
      url: c.url ?? UPLOAD_URL,
      headers: {
        ...authHeaders({ token: this.store.tokens[c.as ?? 'officer'] }),
        'content-type': c.contentType,
      },
      payload: c.body,
    });
    const ms = Date.now() - sent;
    const status = res.statusCode;
    const after = await this.store.fingerprint();
    const result = (failure: string | null, partialWrite = false): CaseResult => ({
      status,
      ms,
      failure,
      partialWrite,
    });
    if (status >= 500) return result(`answered ${status}: ${res.body.slice(0, 300)}`);
    if (status < 400) {
      // Stored: the new state is the baseline, checksum and all.
      this.baselineFingerprint = after;
      this.baselineChecksum = await storeChecksum(this.store.t.db);
      this.sinceChecksum = [];
      return result(null);
    }
    if (after !== this.baselineFingerprint) {
      return result(`refused with ${status} but the store changed (fingerprint)`, true);
    }
    const error = (() => {
      try {
        return res.json<{ error?: { message?: unknown } }>().error;
      } catch {
        return undefined;
      }
    })();
    if (typeof error?.message !== 'string') {
      return result(`refused with ${status} without the error shape: ${res.body.slice(0, 300)}`);
    }
    this.sinceChecksum.push(`case ${caseNumber} (${c.label}, ${status})`);
    if (this.casesOnStore % this.checksumEvery === 0) {
      const failure = await this.fullCheck(`at case ${caseNumber}`);
      if (failure !== null) return result(failure, true);
    }
    return result(null);
  }

  /** The whole store's checksum against the last one taken after a stored upload. */
  private async fullCheck(when: string): Promise<string | null> {
    const now = await storeChecksum(this.store.t.db);
    if (now === this.baselineChecksum) {
      this.sinceChecksum = [];
      return null;
    }
    const suspects = this.sinceChecksum.slice(-20).join('; ');
    return `the store's checksum changed ${when} (lane ${this.index}) with only refusals since it was last taken; the last of them: ${suspects}`;
  }
}

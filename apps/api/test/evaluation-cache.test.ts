// The evaluation cache: a read after any write sees the write, whichever connection or process
// made it (the data stamp that triggers bump), and unchanged data is not evaluated again.
//
// Working on the tiny pack as of 31 January 2014 (see summary.test.ts for the unit value):
//   "incidents" is worth £495 per incident avoided; counterfactual 100 a quarter.
//   Q1 F = 10, A = 5; Q2 F = 20, A = 15; Q3 forecast 80 with no return (a missing return).
//   realised to date = (5 + 15) × 495 = £9,900; forecast to date = (10 + 20) × 495 = £14,850.
//   A return of 90 for Q3 makes it comparable: A = 10, F = 20, so realised + £4,950 = £14,850,
//   forecast + £9,900 = £24,750, and one missing return fewer.
//
// "Another process" is a second connection to the same store: a second SQLite connection to the
// file, or on PostgreSQL (TEST_ENGINE=postgres) a second connection pool.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  announceChanges,
  createDb,
  decideVersionInForce,
  getDataStamp,
  getProgrammeData,
  loadPack,
  migrateToLatest,
  recordSubmission,
  SYSTEM_ACTOR,
  type Db,
} from '@outcomes/db';
import { createTestDatabase, type TestDatabase } from '@outcomes/db/testing';
import { evaluateProgramme, type ProgrammeData } from '@outcomes/core';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { EvaluationCache, invalidateProgramme } from '../src/services/evaluation-cache.js';
import { evaluateProgrammeAsOf } from '../src/services/programme-evaluation.js';
import { createTestUser, getJson, tinyPackDir } from './helpers.js';

const SUMMARY = '/api/programmes/tiny/summary?asOf=2014-01-31';

/** For the edited pack. */
let dir: string;
let store: TestDatabase;
let db: Db;
/** A second connection (SQLite) or pool (PostgreSQL) to the same store: "another process". */
let other: Db;
let app: FastifyInstance;
let token: string;

const summary = async () => {
  const { status, body } = await getJson(app, SUMMARY, { token });
  expect(status).toBe(200);
  return body;
};

const returnFor = (at: string, periodStart: string, value: number) => ({
  programmeId: 'tiny',
  source: 'form' as const,
  actor: SYSTEM_ACTOR,
  partnerId: 'police',
  rows: [{ row: 1, metricId: 'incidents', periodStart, value, note: null }],
  at,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'outcomes-cache-'));
  store = await createTestDatabase();
  db = createDb(store.location);
  await migrateToLatest(db);
  await loadPack(db, tinyPackDir);
  other = createDb(store.location);
  app = await buildApp({ db, auth: { cookieSecure: false } });
  await app.ready();
  ({ token } = await createTestUser(db, {
    email: 'board@test.local',
    programmeId: 'tiny',
    roles: [{ role: 'board' }],
  }));
});

afterAll(async () => {
  await app.close();
  await other.destroy();
  await db.destroy();
  await store.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('evaluateProgrammeAsOf through the cache', () => {
  it('evaluates unchanged data once, per as-of date', async () => {
    const first = await evaluateProgrammeAsOf(db, 'tiny', '2014-01-31');
    expect(await evaluateProgrammeAsOf(db, 'tiny', '2014-01-31')).toBe(first);
    expect(await evaluateProgrammeAsOf(db, 'tiny', '2014-04-30')).not.toBe(first);
  });

  it('answers 404 for a programme that is not in the store', async () => {
    const { status, body } = await getJson(app, '/api/programmes/nowhere/summary', { token });
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
  });
});

describe('a write is visible on the next read', () => {
  it('a return submitted on the same connection', async () => {
    const before = await summary();
    expect(before.totals).toMatchObject({
      realisedBenefitToDate: 9900,
      forecastBenefitToDate: 14850,
      missingReturns: 1,
    });
    await recordSubmission(db, returnFor('2014-01-31T09:00:00.000Z', '2013-10-01', 90));
    // As a server does after a write (PostgreSQL): every server has handled it.
    await announceChanges(db);
    expect((await summary()).totals).toMatchObject({
      realisedBenefitToDate: 14850,
      forecastBenefitToDate: 24750,
      missingReturns: 0,
    });
  });

  it('a revision submitted by another connection (another process)', async () => {
    // Q3 revised from 90 to 95: A = 5, realised − £2,475.
    await recordSubmission(other, returnFor('2014-01-31T10:00:00.000Z', '2013-10-01', 95));
    await announceChanges(other);
    expect((await summary()).totals.realisedBenefitToDate).toBe(12375);
  });

  it("a change to the programme's settings by another connection", async () => {
    // Half the improvement is claimed (attribution 0.5); at 0.25 every benefit halves.
    await other
      .updateTable('metric')
      .set({ attribution: 0.25 })
      .where('programme_id', '=', 'tiny')
      .where('id', '=', 'incidents')
      .execute();
    await announceChanges(other);
    expect((await summary()).totals.realisedBenefitToDate).toBe(6187.5);
    await other.updateTable('programme').set({ rag_green: 0.5 }).where('id', '=', 'tiny').execute();
    const stamp = await getDataStamp(db, 'tiny');
    await other.updateTable('programme').set({ rag_amber: 0.4 }).where('id', '=', 'tiny').execute();
    expect(await getDataStamp(db, 'tiny')).not.toBe(stamp);
  });

  it('a pack replaced by another connection (the CLI loader)', async () => {
    const pack = join(dir, 'tiny-replaced');
    cpSync(tinyPackDir, pack, { recursive: true });
    // Q1's forecast 90 → 80: F = 20 instead of 10, forecast to date + £4,950.
    writeFileSync(
      join(pack, 'forecasts.csv'),
      [
        'metric_id,period_start,value',
        'incidents,2013-04-01,80',
        'incidents,2013-07-01,80',
        'incidents,2013-10-01,80',
        'incidents,2014-01-01,80',
        'in-work,2013-04-01,12',
        'in-work,2013-05-01,12',
        'in-work,2014-04-01,15',
        '',
      ].join('\n'),
    );
    // A replace is refused while users' returns exist: a store holding the pack alone.
    const freshStore = await createTestDatabase();
    const fresh = createDb(freshStore.location);
    try {
      await migrateToLatest(fresh);
      await loadPack(fresh, tinyPackDir);
      const freshApp = await buildApp({ db: fresh, auth: { cookieSecure: false } });
      const user = await createTestUser(fresh, {
        email: 'board@test.local',
        programmeId: 'tiny',
        roles: [{ role: 'board' }],
      });
      const read = async () =>
        (await getJson(freshApp, SUMMARY, { token: user.token })).body.totals;
      expect((await read()).forecastBenefitToDate).toBe(14850);
      const loader = createDb(freshStore.location);
      await loadPack(loader, pack, { replace: true });
      // As the CLI loader does before it ends (PostgreSQL): every server has handled it.
      await announceChanges(loader);
      // The replacement is business case version 2, not in force until an admin decides.
      expect((await read()).forecastBenefitToDate).toBe(14850);
      // The decision's time is set before the as-of date, so that date judges against version 2.
      await decideVersionInForce(loader, {
        programmeId: 'tiny',
        version: 2,
        effectiveFrom: '2013-04-01',
        reason: 'Refresh approved',
        actor: { userId: null, label: 'cli' },
        at: '2013-04-01T09:00:00.000Z',
      });
      await announceChanges(loader);
      await loader.destroy();
      expect((await read()).forecastBenefitToDate).toBe(19800);
      await freshApp.close();
    } finally {
      await fresh.destroy();
      await freshStore.drop();
    }
  });
});

describe('EvaluationCache', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = new EvaluationCache<string>(2);
    const compute = (v: string) => () => Promise.resolve(v);
    await cache.get(db, 'tiny', 'a', compute('a'));
    await cache.get(db, 'tiny', 'b', compute('b'));
    expect(await cache.get(db, 'tiny', 'a', compute('a again'))).toBe('a');
    await cache.get(db, 'tiny', 'c', compute('c'));
    expect(cache.size).toBe(2);
    expect(await cache.get(db, 'tiny', 'b', compute('b again'))).toBe('b again');
  });

  it('shares one computation between concurrent readers, and forgets a failed one', async () => {
    const cache = new EvaluationCache<number>();
    let runs = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++runs), 20));
    const answers = await Promise.all([1, 2, 3].map(() => cache.get(db, 'tiny', 'x', slow)));
    expect(answers).toEqual([1, 1, 1]);
    await expect(cache.get(db, 'tiny', 'y', () => Promise.reject(new Error('no')))).rejects.toThrow(
      'no',
    );
    expect(await cache.get(db, 'tiny', 'y', () => Promise.resolve(7))).toBe(7);
  });

  it('runs one computation a key at a time: readers of a newer stamp wait and share the next', async () => {
    const cache = new EvaluationCache<string>();
    const bumpStamp = (ragAmber: number) =>
      other
        .updateTable('programme')
        .set({ rag_amber: ragAmber })
        .where('id', '=', 'tiny')
        .execute();
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    let releaseFirst!: (value: string) => void;
    const first = cache.get(db, 'tiny', 'z', () => {
      firstStarted();
      return new Promise<string>((resolve) => (releaseFirst = resolve));
    });
    await started;
    // Two writes land while the first evaluation runs; a reader comes after each.
    const later: string[] = [];
    const laterCompute = (name: string) => () => {
      later.push(name);
      return Promise.resolve(name);
    };
    await bumpStamp(0.41);
    const second = cache.get(db, 'tiny', 'z', laterCompute('second'));
    await bumpStamp(0.42);
    const third = cache.get(db, 'tiny', 'z', laterCompute('third'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Neither starts while the first runs (it would only read data the next one reads again).
    expect(later).toEqual([]);
    releaseFirst('first');
    expect(await first).toBe('first');
    // One computation, started after both writes, serves both readers.
    expect(await second).toBe('second');
    expect(await third).toBe('second');
    expect(later).toEqual(['second']);
    expect(cache.computations).toBe(2);
    // Tagged with the newest stamp it served: the next read at that stamp is a hit.
    expect(await cache.get(db, 'tiny', 'z', laterCompute('fourth'))).toBe('second');
    await bumpStamp(0.4);
  });

  it('runs the next computation even when the one before it failed', async () => {
    const cache = new EvaluationCache<string>();
    let rejectFirst!: (error: Error) => void;
    const first = cache.get(
      db,
      'tiny',
      'w',
      () => new Promise<string>((_, reject) => (rejectFirst = reject)),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    await other
      .updateTable('programme')
      .set({ rag_amber: 0.43 })
      .where('id', '=', 'tiny')
      .execute();
    const second = cache.get(db, 'tiny', 'w', () => Promise.resolve('second'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    rejectFirst(new Error('no'));
    await expect(first).rejects.toThrow('no');
    expect(await second).toBe('second');
    await other.updateTable('programme').set({ rag_amber: 0.4 }).where('id', '=', 'tiny').execute();
  });

  it('drops a programme on invalidateProgramme', async () => {
    const first = await evaluateProgrammeAsOf(db, 'tiny', '2015-03-31');
    invalidateProgramme(db, 'tiny');
    const second = await evaluateProgrammeAsOf(db, 'tiny', '2015-03-31');
    expect(second).not.toBe(first);
    expect(second.evaluation.totals).toEqual(first.evaluation.totals);
  });
});

describe('bringing the last evaluation up to date', () => {
  it('hands compute the last value of its key, once that value is computed', async () => {
    const cache = new EvaluationCache<string>();
    const seen: (string | undefined)[] = [];
    const compute = (value: string) => (previous: string | undefined) => {
      seen.push(previous);
      return Promise.resolve(value);
    };
    await cache.get(db, 'tiny', 'v', compute('first'));
    await other
      .updateTable('programme')
      .set({ rag_amber: 0.44 })
      .where('id', '=', 'tiny')
      .execute();
    expect(await cache.get(db, 'tiny', 'v', compute('second'))).toBe('second');
    await other.updateTable('programme').set({ rag_amber: 0.4 }).where('id', '=', 'tiny').execute();
    expect(seen).toEqual([undefined, 'first']);
  });

  it('after a return, re-reads the returned figures only, and evaluates them like a full read', async () => {
    const asOf = '2016-03-31';
    const before = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    // Q4 2013-14 returned as 50 (it had no return).
    await recordSubmission(db, returnFor('2014-03-20T09:00:00.000Z', '2014-01-01', 50));
    const after = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    expect(after).not.toBe(before);
    // Everything but the returned metric is the data held before, not read again.
    expect(after.data.costs).toBe(before.data.costs);
    expect(after.data.metrics.find((m) => m.id === 'in-work')).toBe(
      before.data.metrics.find((m) => m.id === 'in-work'),
    );
    const full = await getProgrammeData(db, 'tiny', { asOf });
    expect(after.data).toEqual(full);
    expect(after.evaluation).toEqual(evaluateProgramme(full as ProgrammeData, asOf));
    expect(after.evaluation.totals).not.toEqual(before.evaluation.totals);
    // The metric that was not returned keeps its evaluation.
    const evaluationOf = (e: typeof before, id: string) =>
      e.evaluation.strands.flatMap((st) => st.metrics).find((m) => m.metric.id === id);
    expect(evaluationOf(after, 'in-work')).toBe(evaluationOf(before, 'in-work'));
    expect(evaluationOf(after, 'incidents')).not.toBe(evaluationOf(before, 'incidents'));
  });

  it('keeps the evaluation itself when the return is not known at the as-of date', async () => {
    const asOf = '2014-02-28';
    const before = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    await recordSubmission(db, returnFor('2014-03-21T09:00:00.000Z', '2014-01-01', 55));
    const after = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    expect(after).not.toBe(before);
    expect(after.evaluation).toBe(before.evaluation);
    expect(after.snapshot.dataVersion).toBeGreaterThan(before.snapshot.dataVersion);
  });

  it('reads the whole programme again after any other change', async () => {
    const asOf = '2016-03-31';
    const before = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    await other
      .updateTable('cost')
      .set({ forecast_pence: 1 })
      .where('programme_id', '=', 'tiny')
      .execute();
    const after = await evaluateProgrammeAsOf(db, 'tiny', asOf);
    expect(after.data.costs).not.toBe(before.data.costs);
    expect(after.data).toEqual(await getProgrammeData(db, 'tiny', { asOf }));
  });
});

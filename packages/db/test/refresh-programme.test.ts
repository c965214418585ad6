// refreshProgrammeSnapshot: after a return, only the returned metrics' figures are read again;
// after anything else, or a step nobody accounted for, the whole programme is. Whichever way it
// went, the result must equal a full read of the store as it stands.
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { claimProgrammeForWrite } from '../src/queries/claim-programme.js';
import {
  readEvaluationSnapshot,
  refreshProgrammeSnapshot,
} from '../src/queries/refresh-programme.js';
import type { ProgrammeSnapshot } from '../src/queries/get-programme-data.js';
import type { Database } from '../src/schema/database.js';
import { recordSubmission } from '../src/submissions/record-submission.js';
import { MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
});
afterEach(async () => {
  await db.destroy();
  await removeTempDirs();
});

const METRICS = ['da-incidents', 'children-in-care', 'ae-attendances', 'wellbeing'] as const;

async function snapshot(asOf?: string): Promise<ProgrammeSnapshot> {
  const read = await readEvaluationSnapshot(db, 'mini', asOf === undefined ? {} : { asOf });
  if (read === null) throw new Error('the mini programme is not in the store');
  return read;
}

const refresh = (previous: ProgrammeSnapshot, asOf?: string) =>
  refreshProgrammeSnapshot(db, 'mini', previous, asOf === undefined ? {} : { asOf });

function submit(metricId: string, periodStart: string, value: number) {
  return recordSubmission(db, {
    programmeId: 'mini',
    source: 'form',
    actor: { userId: null, label: 'test' },
    partnerId: null,
    rows: [{ row: 1, metricId, periodStart, value, note: null }],
  });
}

describe('refreshProgrammeSnapshot', () => {
  it('reads nothing more when the data version has not moved', async () => {
    const before = await snapshot();
    const after = await refresh(before);
    expect(after.kind).toBe('unchanged');
    expect(after.snapshot).toBe(before);
  });

  it('after a return, reads only the returned metric and keeps every other metric as it was', async () => {
    const before = await snapshot();
    await submit('da-incidents', '2013-07-01', 250);
    const after = await refresh(before);
    expect(after.kind).toBe('figures');
    expect(after.metricIds).toEqual(['da-incidents']);
    expect(after.snapshot).toEqual(await snapshot());
    const da = after.snapshot?.data.metrics.find((m) => m.id === 'da-incidents');
    // The revision (250) replaces the pack's 265 for 2013-07-01.
    expect(da?.actuals.find((a) => a.periodStart === '2013-07-01')?.value).toBe(250);
    for (const metric of after.snapshot?.data.metrics ?? []) {
      if (metric.id !== 'da-incidents') {
        expect(metric).toBe(before.data.metrics.find((m) => m.id === metric.id));
      }
    }
    expect(after.snapshot?.data.costs).toBe(before.data.costs);
  });

  it('hands back the very data it held when the return is not yet known at the as-of date', async () => {
    // A revision recorded today is not known at 31 March 2014: the figures as known then are
    // the same, so an evaluation of them may be kept.
    const before = await snapshot('2014-03-31');
    await submit('da-incidents', '2013-07-01', 250);
    const after = await refresh(before, '2014-03-31');
    expect(after.kind).toBe('figures');
    expect(after.snapshot?.data).toBe(before.data);
    expect(after.snapshot?.dataVersion).toBeGreaterThan(before.dataVersion);
    expect(after.snapshot).toEqual(await snapshot('2014-03-31'));
  });

  it('takes a write claim with nothing after it as no change', async () => {
    const before = await snapshot();
    await db.transaction().execute((trx) => claimProgrammeForWrite(trx, 'mini'));
    const after = await refresh(before);
    expect(after.kind).toBe('figures');
    expect(after.metricIds).toEqual([]);
    expect(after.snapshot?.data).toBe(before.data);
  });

  it.each([
    [
      'a forecast',
      () =>
        db
          .updateTable('forecast')
          .set({ value: 1 })
          .where('metric_id', '=', 'da-incidents')
          .execute(),
    ],
    ['a cost', () => db.updateTable('cost').set({ forecast_pence: 1 }).execute()],
    ['a unit cost', () => db.updateTable('unit_cost').set({ value_pence: 1 }).execute()],
    [
      'a setting of the programme',
      () => db.updateTable('programme').set({ rag_green: 0.5 }).execute(),
    ],
    [
      // A SQL shell raising the version by hand: nobody said what changed.
      'a step nobody logged',
      () => sql`update programme set data_version = data_version + 1`.execute(db),
    ],
  ] as const)('reads the whole programme again after %s', async (_what, change) => {
    const before = await snapshot();
    await submit('da-incidents', '2013-07-01', 250);
    await change();
    const after = await refresh(before);
    expect(after.kind).toBe('full');
    expect(after.snapshot).toEqual(await snapshot());
  });

  it('reads the whole programme again when a submission is deleted', async () => {
    const before = await snapshot();
    const { submissionId } = await submit('wellbeing', '2013-04-01', 7);
    const middle = await refresh(before);
    expect(middle.kind).toBe('figures');
    // Nothing the product does: a SQL shell removing a return, children first.
    for (const table of ['actual_revision', 'submission_row'] as const) {
      await db.deleteFrom(table).where('submission_id', '=', submissionId).execute();
    }
    await db.deleteFrom('submission').where('id', '=', submissionId).execute();
    const after = await refresh(middle.snapshot ?? before);
    expect(after.kind).toBe('full');
    expect(after.snapshot).toEqual(await snapshot());
    expect(after.snapshot?.data).toEqual(before.data);
  });

  it('reads the metrics of several submissions inserted by one statement', async () => {
    const before = await snapshot();
    const now = new Date().toISOString();
    const ids = await db
      .insertInto('submission')
      .values(
        ['children-in-care', 'ae-attendances'].map(() => ({
          programme_id: 'mini',
          source: 'form',
          file_name: null,
          user_id: null,
          created_at: now,
          row_count: 1,
          submitted_by_user_id: null,
          submitted_by: 'test',
          partner_id: null,
          file_type: null,
          file_size: null,
          file_sha256: null,
        })),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('actual_revision')
      .values(
        (['children-in-care', 'ae-attendances'] as const).map((metricId, i) => ({
          programme_id: 'mini',
          metric_id: metricId,
          period_start: '2014-01-01',
          value: 100 + i,
          note: null,
          submission_id: ids[i]?.id ?? 0,
          revision: 1,
          recorded_at: now,
        })),
      )
      .execute();
    const after = await refresh(before);
    expect(after.kind).toBe('figures');
    expect(after.metricIds).toEqual(['ae-attendances', 'children-in-care']);
    expect(after.snapshot).toEqual(await snapshot());
  });

  it('keeps the log only as far back as a refresh reads it', async () => {
    const claim = () => db.transaction().execute((trx) => claimProgrammeForWrite(trx, 'mini'));
    const logRows = () =>
      db
        .selectFrom('programme_change')
        .select(['data_version', 'submission_id'])
        .where('programme_id', '=', 'mini')
        .orderBy('data_version')
        .execute();
    const oldest = await snapshot();
    // 300 claims: 300 steps, more than MAX_LOGGED_STEPS (256).
    for (let i = 0; i < 300; i += 1) await claim();
    const recent = await snapshot();
    await submit('da-incidents', '2013-07-01', 250);
    // The submission's claim is step v - 1 and the submission itself v (its id logged).
    const version = recent.dataVersion + 2;
    const rows = await logRows();
    // The last claim pruned everything 256 or more steps older than itself (v - 1): what is
    // left is steps v - 256 to v, each once, the last the submission.
    expect(rows.map((r) => Number(r.data_version))).toEqual(
      Array.from({ length: 257 }, (_, i) => version - 256 + i),
    );
    expect(rows.at(-1)?.submission_id).not.toBeNull();
    // A snapshot two steps old still comes up to date by the figures alone; one from before the
    // 300 claims is read in full, as it was before anything was pruned.
    const fromRecent = await refresh(recent);
    expect(fromRecent.kind).toBe('figures');
    expect(fromRecent.snapshot).toEqual(await snapshot());
    const fromOldest = await refresh(oldest);
    expect(fromOldest.kind).toBe('full');
    expect(fromOldest.snapshot).toEqual(await snapshot());
  });

  it('reads the whole programme when it holds nothing yet', async () => {
    const first = await refreshProgrammeSnapshot(db, 'mini', undefined);
    expect(first.kind).toBe('full');
    expect(first.snapshot).toEqual(await snapshot());
  });

  it('is null for a programme that is not in the store', async () => {
    const before = await snapshot();
    const after = await refreshProgrammeSnapshot(db, 'nowhere', before);
    expect(after.snapshot).toBeNull();
  });

  it('equals a full read after any sequence of returns, claims and other changes', async () => {
    type Step =
      | { kind: 'return'; metric: number; quarter: number; value: number }
      | { kind: 'claim' }
      | { kind: 'forecast'; value: number }
      | { kind: 'refresh' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          kind: fc.constant('return' as const),
          metric: fc.integer({ min: 0, max: METRICS.length - 1 }),
          quarter: fc.integer({ min: 0, max: 7 }),
          value: fc.integer({ min: 0, max: 500 }),
        }),
      },
      { weight: 1, arbitrary: fc.constant({ kind: 'claim' as const }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('forecast' as const),
          value: fc.integer({ min: 0, max: 500 }),
        }),
      },
      { weight: 3, arbitrary: fc.constant({ kind: 'refresh' as const }) },
    );
    const asOfs = [undefined, '2014-03-31'] as const;
    const held = new Map<string | undefined, ProgrammeSnapshot>();
    // So the property cannot pass by never taking the path it is about.
    let returnsRecorded = 0;
    let figuresChanged = 0;
    for (const asOf of asOfs) held.set(asOf, await snapshot(asOf));
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        for (const s of [...steps, { kind: 'refresh' as const }]) {
          if (s.kind === 'return') {
            const month = 4 + 3 * s.quarter;
            const period = `${2013 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
            await submit(METRICS[s.metric] ?? 'da-incidents', period, s.value).then(
              () => (returnsRecorded += 1),
              // A period the metric's frequency has no such start for is refused: nothing written.
              () => undefined,
            );
          } else if (s.kind === 'claim') {
            await db.transaction().execute((trx) => claimProgrammeForWrite(trx, 'mini'));
          } else if (s.kind === 'forecast') {
            await db
              .updateTable('forecast')
              .set({ value: s.value })
              .where('metric_id', '=', 'children-in-care')
              .execute();
          } else {
            for (const asOf of asOfs) {
              const previous = held.get(asOf);
              if (previous === undefined) throw new Error('no snapshot held');
              const refreshed = await refresh(previous, asOf);
              expect(refreshed.snapshot).toEqual(await snapshot(asOf));
              if (refreshed.kind === 'figures' && refreshed.snapshot?.data !== previous.data) {
                figuresChanged += 1;
              }
              if (refreshed.snapshot) held.set(asOf, refreshed.snapshot);
            }
          }
        }
      }),
      { numRuns: 12 },
    );
    expect(returnsRecorded).toBeGreaterThan(5);
    expect(figuresChanged).toBeGreaterThan(2);
  });
});

// Submissions: revisions never overwrite, one transaction per submission, the original file and
// every row kept, audited together; "as known then" reads; a pack replace that would lose returns
// is refused.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import { listCurrentActuals } from '../src/queries/list-current-actuals.js';
import type { Database } from '../src/schema/database.js';
import { getSubmission } from '../src/submissions/get-submission.js';
import { getSubmissionFile } from '../src/submissions/get-submission-file.js';
import { listActualRevisions } from '../src/submissions/list-actual-revisions.js';
import { listSubmissions } from '../src/submissions/list-submissions.js';
import { ProgrammeHasReturnsError } from '../src/submissions/programme-has-returns-error.js';
import { recordSubmission, type NewSubmission } from '../src/submissions/record-submission.js';
import { checksum, MINI_PACK, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
  await db
    .insertInto('app_user')
    .values({
      id: 5,
      email: 'dee@police.example.org',
      name: 'Dee Officer',
      password_hash: 'not-a-real-hash',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

const actor = { userId: 5, label: 'dee@police.example.org' };
const csv = new TextEncoder().encode('metric_id,period_start,value,note\n');

function upload(rows: NewSubmission['rows'], at: string): NewSubmission {
  return {
    programmeId: 'mini',
    source: 'upload',
    actor,
    partnerId: 'police',
    file: { name: 'q2.csv', type: 'csv', content: csv },
    rows,
    at,
  };
}

const valueOf = async (metricId: string, periodStart: string, knownAt?: string) =>
  (await listCurrentActuals(db, 'mini', knownAt === undefined ? {} : { knownAt })).find(
    (a) => a.metricId === metricId && a.periodStart === periodStart,
  )?.value;

describe('recordSubmission', () => {
  it('creates new figures, revises changed ones and counts same values as unchanged', async () => {
    // The pack holds da-incidents 2013-04-01 = 280 and 2013-07-01 = 265.
    const result = await recordSubmission(
      db,
      upload(
        [
          { row: 2, metricId: 'da-incidents', periodStart: '2013-04-01', value: 280, note: null },
          { row: 3, metricId: 'da-incidents', periodStart: '2013-07-01', value: 270, note: 'Fix' },
          { row: 4, metricId: 'da-incidents', periodStart: '2013-10-01', value: 250, note: null },
        ],
        '2026-02-01T09:00:00.000Z',
      ),
    );
    expect(result).toMatchObject({ rows: 3, created: 1, revised: 1, unchanged: 1 });
    expect(result.outcomes.map((o) => [o.row, o.outcome, o.revision, o.previousValue])).toEqual([
      [2, 'unchanged', 1, 280],
      [3, 'revised', 2, 265],
      [4, 'created', 1, null],
    ]);

    const revisions = await listActualRevisions(db, 'mini', 'da-incidents', '2013-07-01');
    expect(revisions.map((r) => [r.revision, r.value, r.source, r.submittedBy])).toEqual([
      [1, 265, 'pack', null],
      [2, 270, 'upload', 'dee@police.example.org'],
    ]);
    expect(revisions[1]).toMatchObject({
      note: 'Fix',
      recordedAt: '2026-02-01T09:00:00.000Z',
      submissionId: result.submissionId,
      fileName: 'q2.csv',
      submittedByUserId: 5,
    });
    expect(await valueOf('da-incidents', '2013-07-01')).toBe(270);
    // No revision for the unchanged row.
    expect(await listActualRevisions(db, 'mini', 'da-incidents', '2013-04-01')).toHaveLength(1);
  });

  it('keeps the submission, its file, every row and an audit entry per change', async () => {
    const { submissionId } = await recordSubmission(
      db,
      upload(
        [
          { row: 2, metricId: 'da-incidents', periodStart: '2013-04-01', value: 280, note: null },
          {
            row: 5,
            metricId: 'da-incidents',
            periodStart: '2013-07-01',
            value: 500,
            note: null,
            warnings: ['more than 50% away from the previous period'],
          },
        ],
        '2026-02-01T09:00:00.000Z',
      ),
    );
    const [latest] = await listSubmissions(db, 'mini');
    expect(latest).toMatchObject({
      id: submissionId,
      source: 'upload',
      submittedBy: 'dee@police.example.org',
      submittedByUserId: 5,
      partnerId: 'police',
      fileName: 'q2.csv',
      fileType: 'csv',
      fileSize: csv.byteLength,
      hasFile: true,
      rows: 2,
      created: 0,
      revised: 1,
      unchanged: 1,
      warnings: 1,
    });
    expect(latest?.fileSha256).toMatch(/^[0-9a-f]{64}$/);

    const file = await getSubmissionFile(db, 'mini', submissionId);
    expect(Buffer.from(file?.content ?? []).toString('utf8')).toBe(
      'metric_id,period_start,value,note\n',
    );

    const detail = await getSubmission(db, 'mini', submissionId);
    expect(detail?.rows.map((r) => [r.row, r.outcome, r.warnings])).toEqual([
      [2, 'unchanged', []],
      [5, 'revised', ['more than 50% away from the previous period']],
    ]);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor_user_id', 'before', 'after'])
      .where('action', 'in', ['submission', 'actual-revision'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, a.actor_user_id])).toEqual([
      ['submission', String(submissionId), 5],
      ['actual-revision', 'da-incidents/2013-07-01', 5],
    ]);
    expect(JSON.parse(audit[1]?.before ?? 'null')).toMatchObject({ revision: 1, value: 265 });
    expect(JSON.parse(audit[1]?.after ?? 'null')).toMatchObject({ revision: 2, value: 500 });
  });

  it('writes nothing when any part fails', async () => {
    const before = await checksum(db);
    await expect(
      recordSubmission(
        db,
        upload(
          [
            { row: 2, metricId: 'da-incidents', periodStart: '2013-10-01', value: 1, note: null },
            // The store's own checks refuse a negative value: the whole submission rolls back.
            { row: 3, metricId: 'da-incidents', periodStart: '2014-01-01', value: -1, note: null },
          ],
          '2026-02-01T09:00:00.000Z',
        ),
      ),
    ).rejects.toThrow();
    expect(await checksum(db)).toBe(before);
  });

  it('lists the pack submission with its rows', async () => {
    const submissions = await listSubmissions(db, 'mini');
    expect(submissions).toHaveLength(1);
    expect(submissions[0]).toMatchObject({ source: 'pack', hasFile: false, rows: 6, created: 6 });
    const detail = await getSubmission(db, 'mini', submissions[0]?.id ?? 0);
    expect(detail?.rows[0]).toMatchObject({
      row: 2,
      metricId: 'da-incidents',
      outcome: 'created',
    });
    expect(await getSubmission(db, 'mini', 9999)).toBeNull();
    expect(await getSubmission(db, 'other', submissions[0]?.id ?? 0)).toBeNull();
  });
});

describe('listCurrentActuals for some metrics', () => {
  it("reads only those metrics' current figures, and none for no metrics", async () => {
    // The pack's returns: da-incidents Q1 280 and Q2 265, children-in-care Apr 118 and May
    // 117.5, ae-attendances Apr 1490, wellbeing Apr 6.7 (fixtures/mini/actuals.csv).
    await recordSubmission(
      db,
      upload(
        [{ row: 2, metricId: 'da-incidents', periodStart: '2013-07-01', value: 270, note: null }],
        '2026-03-01T09:00:00.000Z',
      ),
    );
    const some = await listCurrentActuals(db, 'mini', {
      metricIds: ['da-incidents', 'wellbeing', 'da-incidents'],
    });
    expect(some.map((a) => [a.metricId, a.periodStart, a.value, a.revision])).toEqual([
      ['da-incidents', '2013-04-01', 280, 1],
      ['da-incidents', '2013-07-01', 270, 2],
      ['wellbeing', '2013-04-01', 6.7, 1],
    ]);
    const all = await listCurrentActuals(db, 'mini');
    expect(all.filter((a) => ['da-incidents', 'wellbeing'].includes(a.metricId))).toEqual(some);
    expect(await listCurrentActuals(db, 'mini', { metricIds: [] })).toEqual([]);
  });
});

describe('as known then', () => {
  beforeEach(async () => {
    // Revised on 10 May 2016 (the pack was loaded today, long after).
    await recordSubmission(
      db,
      upload(
        [{ row: 2, metricId: 'da-incidents', periodStart: '2013-07-01', value: 300, note: null }],
        '2016-05-10T14:30:00.000Z',
      ),
    );
  });

  it('shows a figure revised after asOf at its value then, and the new value after', async () => {
    expect(await valueOf('da-incidents', '2013-07-01', '2016-04-30')).toBe(265);
    expect(await valueOf('da-incidents', '2013-07-01', '2016-05-09')).toBe(265);
    // A date means the end of that day (UTC).
    expect(await valueOf('da-incidents', '2013-07-01', '2016-05-10')).toBe(300);
    expect(await valueOf('da-incidents', '2013-07-01', '2016-05-31')).toBe(300);
    expect(await valueOf('da-incidents', '2013-07-01')).toBe(300);
  });

  it('counts pack figures as known from the start, whenever the pack was loaded', async () => {
    expect(await valueOf('children-in-care', '2013-04-01', '2013-05-01')).toBe(118);
    expect(await valueOf('da-incidents', '2013-04-01', '2000-01-01')).toBe(280);
  });

  it('hides a figure first returned after asOf', async () => {
    await recordSubmission(
      db,
      upload(
        [{ row: 2, metricId: 'da-incidents', periodStart: '2013-10-01', value: 240, note: null }],
        '2016-06-02T08:00:00.000Z',
      ),
    );
    expect(await valueOf('da-incidents', '2013-10-01', '2016-06-01')).toBeUndefined();
    expect(await valueOf('da-incidents', '2013-10-01', '2016-06-02')).toBe(240);
  });

  it('is what getProgrammeData reads for asOf', async () => {
    const actualsAt = async (asOf: string) =>
      (await getProgrammeData(db, 'mini', { asOf }))?.metrics
        .find((m) => m.id === 'da-incidents')
        ?.actuals.find((a) => a.periodStart === '2013-07-01')?.value;
    expect(await actualsAt('2016-04-30')).toBe(265);
    expect(await actualsAt('2016-05-31')).toBe(300);
    const latest = await getProgrammeData(db, 'mini');
    expect(
      latest?.metrics
        .find((m) => m.id === 'da-incidents')
        ?.actuals.find((a) => a.periodStart === '2013-07-01')?.value,
    ).toBe(300);
  });
});

describe('pack replace', () => {
  it('is refused once partners have returned figures, and changes nothing', async () => {
    await loadPack(db, MINI_PACK, { replace: true }); // no returns yet: allowed
    await recordSubmission(
      db,
      upload(
        [{ row: 2, metricId: 'da-incidents', periodStart: '2013-10-01', value: 240, note: null }],
        '2026-02-01T09:00:00.000Z',
      ),
    );
    const before = await checksum(db);
    await expect(loadPack(db, MINI_PACK, { replace: true })).rejects.toThrow(
      ProgrammeHasReturnsError,
    );
    expect(await checksum(db)).toBe(before);
  });
});

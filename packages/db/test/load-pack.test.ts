import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { ProgrammeExistsError } from '../src/pack/pack-error.js';
import { readPack } from '../src/pack/read-pack.js';
import { countProgrammes } from '../src/queries/count-programmes.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import { listCurrentActuals } from '../src/queries/list-current-actuals.js';
import { listProgrammes } from '../src/queries/list-programmes.js';
import { programmeExists } from '../src/queries/programme-exists.js';
import type { Database } from '../src/schema/database.js';
import {
  MINI_PACK,
  checksum,
  copyMiniPack,
  editFile,
  migratedTestDb,
  removeTempDirs,
  replaceOnce,
} from './helpers.js';
import { MINI_PROGRAMME_DATA } from './mini-pack-data.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

describe('readPack', () => {
  it('accepts the mini pack (BOM, CRLF, columns in any order, a multi-line quoted note)', async () => {
    const result = await readPack(MINI_PACK);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('loadPack', () => {
  it('loads the mini pack and getProgrammeData reads back exactly what the files say', async () => {
    const result = await loadPack(db, MINI_PACK);
    expect(result).toEqual({
      programmeId: 'mini',
      replaced: false,
      counts: {
        programme: 1,
        partner: 3,
        outcome: 2,
        strand: 2,
        unit_cost: 3,
        unit_cost_bearer: 7,
        metric: 4,
        baseline: 4,
        forecast_version: 1,
        forecast: 11,
        submission: 1,
        actual_revision: 6,
        cost: 4,
        deflator: 3,
        commentary: 0,
        comparator_value: 0,
        audit_log: 1,
      },
      businessCaseVersion: 1,
    });
    expect(await getProgrammeData(db, 'mini')).toEqual(MINI_PROGRAMME_DATA);
    // The evaluation date is accepted and does not (yet) filter revisions.
    expect(await getProgrammeData(db, 'mini', { asOf: '2013-06-30' })).toEqual(MINI_PROGRAMME_DATA);
  });

  it('stores a partner’s budget and a baseline’s growth_from when the pack gives them', async () => {
    // The mini pack has neither column: every partner is local, every anchor the programme's
    // first day (above). Here the police are national and one baseline is anchored.
    const dir = await copyMiniPack();
    await editFile(dir, 'partners.csv', (t) =>
      t
        .replace(/kind(\r?\n)/, 'kind,budget$1')
        .replace(/,council(\r?\n)/, ',council,$1')
        .replace(/,police(\r?\n)/, ',police,national$1')
        .replace(/,health(\r?\n)/, ',health,local$1'),
    );
    await editFile(dir, 'baselines.csv', (t) =>
      t
        .replace('measured_to,note', 'growth_from,measured_to,note')
        .replace('2011-04-01,2012-03-31,Average', '2011-04-01,2011-04-01,2012-03-31,Average')
        .replace(/120,0\.02,,,/, '120,0.02,,,,')
        .replace('1500,0.035,2011-04-01,2012-03-31,', '1500,0.035,2011-04-01,,2012-03-31,')
        .replace('6.5,-0.01,,,', '6.5,-0.01,,,,'),
    );
    await loadPack(db, dir);
    const data = await getProgrammeData(db, 'mini');
    expect(data?.partners.map((p) => [p.id, p.budget])).toEqual([
      ['council', 'local'],
      ['police', 'national'],
      ['health', 'local'],
    ]);
    expect(data?.metrics.map((m) => [m.id, m.baseline.growthFrom])).toEqual([
      ['da-incidents', '2011-04-01'],
      ['children-in-care', null],
      ['ae-attendances', null],
      ['wellbeing', null],
    ]);
  });

  it('records provenance: a current "pack" forecast version, revision 1 of a pack submission, an audit entry', async () => {
    await loadPack(db, MINI_PACK, { actor: 'tester' });
    const versions = await db.selectFrom('forecast_version').selectAll().execute();
    expect(versions).toMatchObject([{ programme_id: 'mini', id: 'pack', is_current: 1 }]);

    const submissions = await db.selectFrom('submission').selectAll().execute();
    expect(submissions).toMatchObject([
      {
        programme_id: 'mini',
        source: 'pack',
        file_name: 'actuals.csv',
        user_id: null,
        row_count: 6,
      },
    ]);
    const revisions = await db.selectFrom('actual_revision').selectAll().orderBy('id').execute();
    expect(revisions).toHaveLength(6);
    for (const r of revisions) {
      expect(r).toMatchObject({ revision: 1, submission_id: submissions[0]?.id });
      expect(r.recorded_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(revisions[1]?.note).toBe(
      'Includes a late return from one division,\ncorrected in August',
    );

    const audit = await db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toMatchObject([{ programme_id: 'mini', actor: 'tester', action: 'pack-load' }]);
    expect(JSON.parse(audit[0]?.detail ?? '')).toMatchObject({
      source: MINI_PACK,
      replaced: false,
      counts: { metric: 4, actual_revision: 6 },
    });
  });

  it('reports progress for every step', async () => {
    const steps: string[] = [];
    await loadPack(db, MINI_PACK, {
      onProgress: (step, done, total) => {
        if (done === total) steps.push(`${step} ${total}`);
      },
    });
    expect(steps).toEqual([
      'validating 1',
      'partners 3',
      'outcomes 2',
      'strands 2',
      'unit costs 3',
      'unit cost bearers 7',
      'metrics 4',
      'baselines 4',
      // The mini pack has no comparison series: the step reports none.
      'comparator values 0',
      'forecasts 11',
      'actuals 6',
      'costs 4',
      'deflators 3',
      'commentary 0',
      'business case version 1',
    ]);
  });

  it('lists, counts and finds programmes; an unknown id reads as null', async () => {
    expect(await countProgrammes(db)).toBe(0);
    expect(await listProgrammes(db)).toEqual([]);
    await loadPack(db, MINI_PACK);
    expect(await countProgrammes(db)).toBe(1);
    expect(await programmeExists(db, 'mini')).toBe(true);
    expect(await programmeExists(db, 'other')).toBe(false);
    expect(await getProgrammeData(db, 'other')).toBeNull();
    expect(await listProgrammes(db)).toEqual([
      {
        id: 'mini',
        name: 'Mini Programme',
        place: 'Testshire',
        description: 'A small valid pack for the db tests.',
        firstFinancialYear: '2013-14',
        years: 3,
        illustrative: true,
        loadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) as string,
      },
    ]);
  });

  it('keeps programmes apart: the same ids in two programmes share one store', async () => {
    const other = await copyMiniPack();
    await editFile(other, 'programme.json', replaceOnce('"id": "mini"', '"id": "mini-two"'));
    await editFile(other, 'programme.json', replaceOnce('"Mini Programme"', '"Another Programme"'));
    await editFile(
      other,
      'forecasts.csv',
      replaceOnce('wellbeing,2014-04-01,6.8', 'wellbeing,2014-04-01,7'),
    );
    await loadPack(db, MINI_PACK);
    await loadPack(db, other);

    expect(await countProgrammes(db)).toBe(2);
    expect((await listProgrammes(db)).map((p) => p.id)).toEqual(['mini-two', 'mini']);
    expect(await getProgrammeData(db, 'mini')).toEqual(MINI_PROGRAMME_DATA);
    const two = await getProgrammeData(db, 'mini-two');
    expect(two?.programme.name).toBe('Another Programme');
    expect(two?.metrics.find((m) => m.id === 'wellbeing')?.forecasts.at(-1)).toEqual({
      periodStart: '2014-04-01',
      value: 7,
    });
  });

  it('refuses a programme id that is already loaded, changing nothing', async () => {
    await loadPack(db, MINI_PACK);
    const before = await checksum(db);
    const attempt = loadPack(db, MINI_PACK);
    await expect(attempt).rejects.toBeInstanceOf(ProgrammeExistsError);
    await expect(attempt).rejects.toThrow(
      /Programme "mini" is already loaded; nothing was changed/,
    );
    expect(await checksum(db)).toBe(before);
  });

  it('replaces a programme when asked, keeping its audit history', async () => {
    await loadPack(db, MINI_PACK);
    const changed = await copyMiniPack();
    await editFile(
      changed,
      'programme.json',
      replaceOnce('"Mini Programme"', '"Mini Programme (refresh)"'),
    );
    await editFile(
      changed,
      'forecasts.csv',
      replaceOnce('da-incidents,2013-04-01,285', 'da-incidents,2013-04-01,284'),
    );
    await editFile(changed, 'actuals.csv', (t) => t.replace(/wellbeing,2013-04-01,6\.7,\n/, ''));

    const result = await loadPack(db, changed, { replace: true });
    expect(result.replaced).toBe(true);
    expect(result.counts.actual_revision).toBe(5);

    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data?.programme.name).toBe('Mini Programme (refresh)');
    // The replacement is version 2, but version 1 stays in force until an admin decides: the
    // forecast a strand is judged against never changes silently.
    expect(result.businessCaseVersion).toBe(2);
    expect(data?.businessCase).toEqual({ version: 1, name: 'original business case' });
    expect(data?.metrics[0]?.forecasts[0]).toEqual({ periodStart: '2013-04-01', value: 285 });
    expect(data?.metrics.find((m) => m.id === 'wellbeing')?.actuals).toEqual([]);
    expect(await countProgrammes(db)).toBe(1);
    expect(await db.selectFrom('submission').select('id').execute()).toHaveLength(1);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .orderBy('id')
      .execute();
    expect(
      audit.map((a) => [a.action, (JSON.parse(a.detail) as { replaced: boolean }).replaced]),
    ).toEqual([
      ['pack-load', false],
      ['pack-load', true],
    ]);
  });

  it('leaves the old programme exactly as it was when a replace fails part-way', async () => {
    await loadPack(db, MINI_PACK);
    const before = await checksum(db);
    const changed = await copyMiniPack();
    await editFile(changed, 'programme.json', replaceOnce('"Mini Programme"', '"Half-loaded"'));

    // Fail inside the transaction, after the old rows were deleted and half the new ones written.
    const attempt = loadPack(db, changed, {
      replace: true,
      onProgress: (step) => {
        if (step === 'actuals') throw new Error('disk full (simulated)');
      },
    });
    await expect(attempt).rejects.toThrow('disk full (simulated)');
    expect(await checksum(db)).toBe(before);
    expect(await getProgrammeData(db, 'mini')).toEqual(MINI_PROGRAMME_DATA);
  });

  it('leaves the old programme intact when the replacement pack is invalid', async () => {
    await loadPack(db, MINI_PACK);
    const before = await checksum(db);
    const bad = await copyMiniPack();
    await editFile(
      bad,
      'actuals.csv',
      replaceOnce('ae-attendances,2013-04-01,1490', 'ae-attendances,2013-04-01,-1'),
    );
    await expect(loadPack(db, bad, { replace: true })).rejects.toThrow(
      /The programme pack has 1 error/,
    );
    expect(await checksum(db)).toBe(before);
  });
});

describe('actual revisions', () => {
  it('reads the latest revision as current and an earlier state with knownAt', async () => {
    await loadPack(db, MINI_PACK);
    const first = await db
      .selectFrom('actual_revision')
      .selectAll()
      .where('metric_id', '=', 'ae-attendances')
      .executeTakeFirstOrThrow();
    // A later correction, as an upload will append it: a new submission and revision 2.
    const later = '2099-01-01T12:00:00.000Z';
    const { id: submissionId } = await db
      .insertInto('submission')
      .values({
        programme_id: 'mini',
        source: 'upload',
        file_name: 'q1.csv',
        user_id: 'u1',
        created_at: later,
        row_count: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('actual_revision')
      .values({
        programme_id: 'mini',
        metric_id: 'ae-attendances',
        period_start: '2013-04-01',
        value: 1485,
        note: 'corrected',
        submission_id: submissionId,
        revision: 2,
        recorded_at: later,
      })
      .execute();

    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data?.metrics.find((m) => m.id === 'ae-attendances')?.actuals).toEqual([
      { periodStart: '2013-04-01', value: 1485 },
    ]);
    const current = await listCurrentActuals(db, 'mini');
    expect(current).toHaveLength(6);
    expect(current.find((a) => a.metricId === 'ae-attendances')).toMatchObject({
      value: 1485,
      revision: 2,
    });

    const before = await listCurrentActuals(db, 'mini', { knownAt: '2098-12-31' });
    expect(before.find((a) => a.metricId === 'ae-attendances')).toMatchObject({
      value: 1490,
      revision: 1,
      recordedAt: first.recorded_at,
    });
    // A pack's figures count as known from the start, whenever it was loaded (the pack holds
    // them as known before the programme came into the store); the later upload does not.
    const early = await listCurrentActuals(db, 'mini', { knownAt: '2000-01-01T00:00:00.000Z' });
    expect(early).toHaveLength(6);
    expect(early.find((a) => a.metricId === 'ae-attendances')).toMatchObject({
      value: 1490,
      revision: 1,
    });
  });
});

describe('SPC settings in the pack', () => {
  let db: Kysely<Database>;
  beforeEach(async () => {
    db = await migratedTestDb();
  });
  afterEach(async () => {
    await db.destroy();
  });

  it("stores a cumulative metric and the programme's shift run length", async () => {
    const dir = await copyMiniPack();
    await editFile(dir, 'metrics.csv', (t) =>
      t
        .split('\n')
        .map((line, i) =>
          line === ''
            ? line
            : i === 0
              ? `${line},cumulative`
              : `${line},${line.startsWith('children-in-care,') ? 'yes' : ''}`,
        )
        .join('\n'),
    );
    await editFile(
      dir,
      'programme.json',
      replaceOnce('"illustrative": true', '"illustrative": true, "spcShiftRunLength": 6'),
    );
    await loadPack(db, dir);
    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data.programme.spcShiftRunLength).toBe(6);
    expect(data.metrics.map((m) => [m.id, m.cumulative])).toEqual([
      ['da-incidents', false],
      ['children-in-care', true],
      ['ae-attendances', false],
      ['wellbeing', false],
    ]);
  });

  it('a pack without the column or the setting reads as not cumulative, run length 7', async () => {
    await loadPack(db, MINI_PACK);
    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data.programme.spcShiftRunLength).toBe(7);
    expect(data.metrics.every((m) => m.cumulative === false)).toBe(true);
  });
});

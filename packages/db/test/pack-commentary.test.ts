// The optional commentary.csv of a pack: loaded as revision 1 of each period's story with the
// pack's author; bad rows are reported by file, line and column and nothing is loaded; a replace
// never overwrites a story a user wrote.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { readPack } from '../src/pack/read-pack.js';
import { countProgrammes } from '../src/queries/count-programmes.js';
import { listCommentary } from '../src/queries/list-commentary.js';
import { recordCommentary } from '../src/queries/record-commentary.js';
import type { Database } from '../src/schema/database.js';
import { copyMiniPack, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

const HEADER = 'metric_id,period_start,what_happened,what_helps,what_hurts,what_next,author';

async function packWithCommentary(...rows: string[]): Promise<string> {
  const dir = await copyMiniPack();
  await writeFile(join(dir, 'commentary.csv'), [HEADER, ...rows].join('\n'));
  return dir;
}

describe('commentary.csv', () => {
  it('loads each row as revision 1 of its period, by the pack’s author', async () => {
    const dir = await packWithCommentary(
      'da-incidents,2013-04-01,"Illustrative: incidents fell, as the new triage began",Triage,,Keep triage,Illustrative (demonstration pack)',
      'children-in-care,2013-05-01,Illustrative: two placements ended,,Court delays,,Illustrative (demonstration pack)',
    );
    const result = await loadPack(db, dir);
    expect(result.counts.commentary).toBe(2);
    const entries = await listCommentary(db, 'mini');
    expect(entries.map((e) => [e.metricId, e.periodStart, e.revision])).toEqual(
      expect.arrayContaining([
        ['da-incidents', '2013-04-01', 1],
        ['children-in-care', '2013-05-01', 1],
      ]),
    );
    const da = entries.find((e) => e.metricId === 'da-incidents');
    expect(da).toMatchObject({
      whatHappened: 'Illustrative: incidents fell, as the new triage began',
      whatHelps: 'Triage',
      whatHurts: null,
      whatNext: 'Keep triage',
      author: { userId: null, name: 'Illustrative (demonstration pack)' },
    });
  });

  it('is optional: a pack without it loads no commentary', async () => {
    const result = await loadPack(db, await copyMiniPack());
    expect(result.counts.commentary).toBe(0);
  });

  it('reports an unknown metric, a wrong period start, an empty story and a duplicate; loads nothing', async () => {
    const long = 'x'.repeat(2001);
    const dir = await packWithCommentary(
      'no-such-metric,2013-04-01,Fell,,,,Author',
      'da-incidents,2013-05-01,Fell,,,,Author',
      'da-incidents,2013-07-01, ,,,,Author',
      'children-in-care,2013-04-01,Fell,,,,Author',
      'children-in-care,2013-04-01,Again,,,,Author',
      `children-in-care,2013-06-01,${long},,,,Author`,
    );
    const result = await readPack(dir);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['commentary.csv', 2, 'metric_id'],
      ['commentary.csv', 3, 'period_start'],
      ['commentary.csv', 4, 'what_happened'],
      ['commentary.csv', 6, 'period_start'],
      ['commentary.csv', 7, 'what_happened'],
    ]);
    expect(errors[0]?.message).toMatch(/unknown metric "no-such-metric"/);
    expect(errors[1]?.message).toMatch(/does not start a quarter/);
    expect(errors[3]?.message).toMatch(/duplicate/);
    expect(errors[4]?.message).toMatch(/2001 characters long; expected at most 2000/);
    await expect(loadPack(db, dir)).rejects.toThrow();
    expect(await countProgrammes(db)).toBe(0);
  });

  it('on a replace, keeps a story a user wrote and adds the pack’s for other periods', async () => {
    const dir = await packWithCommentary(
      'da-incidents,2013-04-01,Pack story,,,,Pack author',
      'da-incidents,2013-07-01,Pack story two,,,,Pack author',
    );
    await loadPack(db, await copyMiniPack());
    await recordCommentary(db, {
      programmeId: 'mini',
      metricId: 'da-incidents',
      periodStart: '2013-04-01',
      whatHappened: 'The sponsor’s own words',
      whatHelps: null,
      whatHurts: null,
      whatNext: null,
      author: { userId: null, name: 'Sam Sponsor' },
    });
    const result = await loadPack(db, dir, { replace: true });
    expect(result.counts.commentary).toBe(1);
    const entries = await listCommentary(db, 'mini');
    const april = entries.filter((e) => e.periodStart === '2013-04-01');
    expect(april.map((e) => [e.revision, e.whatHappened])).toEqual([
      [1, 'The sponsor’s own words'],
    ]);
    expect(entries.find((e) => e.periodStart === '2013-07-01')?.whatHappened).toBe(
      'Pack story two',
    );
  });
});

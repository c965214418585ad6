// Lag, persistence and drop-off on metrics.csv (issue 18): benefit_lag_years, persistence_years,
// drop_off_rate and persistence_source, optional columns at the end of the file. Loaded, stored
// and read back on the engine this run is for (SQLite, or PostgreSQL when TEST_DATABASE_URL is
// set), written out and read back the same, and refused with file, line and column when wrong,
// changing nothing.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { PackValidationError } from '../src/pack/pack-error.js';
import { readPack } from '../src/pack/read-pack.js';
import { readPackFiles, type PackFileContent } from '../src/pack/read-pack-files.js';
import { readStoredPack } from '../src/pack/read-stored-pack.js';
import { packToFiles } from '../src/pack/write-pack-files.js';
import { countProgrammes } from '../src/queries/count-programmes.js';
import { getProgrammeData } from '../src/queries/get-programme-data.js';
import type { Database } from '../src/schema/database.js';
import { MINI_PACK, copyMiniPack, editFile, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeEach(async () => {
  db = await migratedTestDb();
});
afterEach(async () => {
  await db.destroy();
});
afterAll(removeTempDirs);

const HEADER = 'benefit_lag_years,persistence_years,drop_off_rate,persistence_source';

/** The mini pack with the four columns; `cells` maps a metric id to its four cells. */
async function packWithProfiles(cells: Record<string, string>): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(dir, 'metrics.csv', (text) =>
    text
      .split('\n')
      .map((line, i) => {
        const body = line.replace(/\r$/, '');
        if (body === '') return line;
        const end = line.endsWith('\r') ? '\r' : '';
        const id = body.split(',')[0] ?? '';
        return `${body},${i === 0 ? HEADER : (cells[id] ?? ',,,')}${end}`;
      })
      .join('\n'),
  );
  return dir;
}

const PROFILE = { 'da-incidents': '1,3,0.25,"Illustrative: an evaluation, two years on"' };

describe('persistence columns in metrics.csv', () => {
  it('stores and reads back a profile, and leaves a metric without one as it was', async () => {
    await loadPack(db, await packWithProfiles(PROFILE));
    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data.metrics.find((m) => m.id === 'da-incidents')?.persistence).toEqual({
      lagYears: 1,
      persistenceYears: 3,
      dropOffRate: 0.25,
      source: 'Illustrative: an evaluation, two years on',
    });
    expect(data.metrics.find((m) => m.id === 'children-in-care')).not.toHaveProperty('persistence');
  });

  it('fills the blanks of a partial profile with the defaults (no lag, one year, no drop-off)', async () => {
    const result = await readPack(await packWithProfiles({ 'da-incidents': ',4,,Illustrative' }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.pack.metrics.find((m) => m.id === 'da-incidents')?.persistence).toEqual({
      lagYears: 0,
      persistenceYears: 4,
      dropOffRate: 0,
      source: 'Illustrative',
    });
  });

  it('a pack without the columns, or with them blank, reads exactly as before', async () => {
    const without = await readPack(MINI_PACK);
    const blank = await readPack(await packWithProfiles({}));
    if (!without.ok || !blank.ok) throw new Error('the mini pack did not read');
    expect(without.pack.metrics.some((m) => 'persistence' in m)).toBe(false);
    expect(blank.pack).toEqual(without.pack);
  });

  it('writes a profile out and reads it back the same, from the folder and from the store', async () => {
    const result = await readPack(await packWithProfiles(PROFILE));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const written = packToFiles(result.pack);
    // The four columns end the header but for retired_from (issue 17), which comes after them.
    expect(written.get('metrics.csv')?.split('\r\n')[0]).toMatch(
      new RegExp(`,${HEADER},retired_from$`),
    );
    const files = new Map<string, PackFileContent>(
      [...written].map(([file, text]) => [file, { text }]),
    );
    const again = readPackFiles(files);
    expect(again.ok ? again.pack : again.errors).toEqual(result.pack);
    await loadPack(db, await packWithProfiles(PROFILE));
    const stored = await readStoredPack(db, 'mini');
    expect(stored?.metrics).toEqual(result.pack.metrics);
  });

  it('names file, line and column of each bad cell, and of a profile without a source, loading nothing', async () => {
    const dir = await packWithProfiles({
      'da-incidents': '-1,0,1.5,Illustrative',
      'children-in-care': ',2,0.1,',
    });
    const result = await readPack(dir);
    const errors = result.ok ? [] : result.errors;
    const at = (column: string) => errors.find((e) => e.column === column);
    expect(at('benefit_lag_years')).toMatchObject({
      file: 'metrics.csv',
      line: 2,
      message: expect.stringContaining('expected a whole number from 0 to 20'),
    });
    expect(at('persistence_years')).toMatchObject({
      line: 2,
      message: expect.stringContaining('expected a whole number from 1 to 60'),
    });
    expect(at('drop_off_rate')).toMatchObject({
      line: 2,
      message: expect.stringContaining('1.5 is out of range; expected a number in [0, 1]'),
    });
    expect(at('persistence_source')).toMatchObject({
      file: 'metrics.csv',
      line: 3,
      message: expect.stringContaining('"children-in-care" gives a lag, persistence or drop-off'),
    });
    await expect(loadPack(db, dir)).rejects.toBeInstanceOf(PackValidationError);
    expect(await countProgrammes(db)).toBe(0);
  });

  it('refuses a source with no profile to describe', async () => {
    const result = await readPack(await packWithProfiles({ 'da-incidents': ',,,An evaluation' }));
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        file: 'metrics.csv',
        line: 2,
        column: 'persistence_source',
        message: expect.stringContaining('gives a persistence_source but no'),
      }),
    ]);
  });
});

// The pack fields for comparing places and the public page (issue 20): read, stored, read back,
// and refused with file, line and column when wrong.
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { readPack } from '../src/pack/read-pack.js';
import { isPublicProgramme, listComparisonPlaces } from '../src/queries/comparison-places.js';
import type { Database } from '../src/schema/database.js';
import { copyMiniPack, editFile, migratedTestDb, removeTempDirs } from './helpers.js';

let db: Kysely<Database>;
beforeAll(async () => {
  db = await migratedTestDb();
});
afterAll(async () => {
  await db.destroy();
  await removeTempDirs();
});

/** The mini pack with an indicator_code column (da-incidents: NI-032) and the given settings. */
async function packWith(settings: Record<string, unknown>, code = 'NI-032'): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(dir, 'programme.json', (text) =>
    JSON.stringify({ ...(JSON.parse(text) as object), ...settings }, null, 2),
  );
  await editFile(dir, 'metrics.csv', (text) => {
    const [header, ...rows] = text.trimEnd().split('\n');
    return (
      [
        `${header},indicator_code`,
        ...rows.map((r) => `${r},${r.startsWith('da-incidents,') ? code : ''}`),
      ].join('\n') + '\n'
    );
  });
  return dir;
}

describe('population, comparisonOptIn, publicPage and indicator_code', () => {
  it('are stored and listed for comparison and the public page', async () => {
    const dir = await packWith({ population: 340_000, comparisonOptIn: true, publicPage: true });
    const { programmeId } = await loadPack(db, dir);
    const places = await listComparisonPlaces(db);
    expect(places).toHaveLength(1);
    expect(places[0]).toMatchObject({
      programmeId,
      population: 340_000,
      indicators: [{ code: 'NI-032', metricId: 'da-incidents' }],
    });
    expect(await isPublicProgramme(db, programmeId)).toBe(true);
    expect(await isPublicProgramme(db, 'no-such-programme')).toBe(false);
  });

  it('default to not compared and not public', async () => {
    const dir = await copyMiniPack();
    const read = await readPack(dir);
    const programme = read.ok ? read.pack.programme : null;
    expect(programme).not.toBeNull();
    expect(programme?.population ?? null).toBeNull();
    expect(programme?.comparisonOptIn ?? false).toBe(false);
    expect(programme?.publicPage ?? false).toBe(false);
  });

  it('are refused with file, line and column when wrong', async () => {
    const dir = await packWith({ population: 0, publicPage: 'yes' }, 'NI 032');
    const read = await readPack(dir);
    expect(read.ok).toBe(false);
    const errors = read.ok ? [] : read.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'programme.json', column: 'population' }),
        expect.objectContaining({ file: 'programme.json', column: 'publicPage' }),
        expect.objectContaining({
          file: 'metrics.csv',
          line: 2,
          column: 'indicator_code',
          message: expect.stringContaining('"NI 032" is not a valid indicator code'),
        }),
      ]),
    );
  });
});

// The optional appraisal columns of issue 18 (value stack on unit costs, additionality on
// metrics, price year and optimism bias on costs): loaded, stored and read back on the engine
// this run is for (SQLite, or PostgreSQL when TEST_DATABASE_URL is set), and refused with the
// file, line and column when wrong, changing nothing.
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { PackValidationError } from '../src/pack/pack-error.js';
import { readPack } from '../src/pack/read-pack.js';
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

/** Adds columns to a CSV: `cells(firstCell)` gives the new cells of each data row. */
function addColumns(header: string, cells: (firstCell: string, row: string) => string) {
  return (text: string) =>
    text
      .split('\n')
      .map((line, i) => {
        const body = line.replace(/\r$/, '');
        if (body === '') return line;
        const end = line.endsWith('\r') ? '\r' : '';
        const first = body.split(',')[0] ?? '';
        return `${body},${i === 0 ? header : cells(first, body)}${end}`;
      })
      .join('\n');
}

async function packWithAppraisalColumns(): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(
    dir,
    'unit_costs.csv',
    addColumns('economic_gbp,social_gbp', (id) => (id === 'da-incident' ? '2500,7000.25' : ',')),
  );
  await editFile(
    dir,
    'metrics.csv',
    addColumns(
      'deadweight,displacement,leakage,substitution,additionality_source,additionality_grade',
      (id) =>
        id === 'da-incidents'
          ? '0.25,0.1,0.05,0,"Illustrative: HCA Additionality Guide ready reckoner, low",3'
          : ',,,,,',
    ),
  );
  await editFile(
    dir,
    'costs.csv',
    addColumns('price_year,optimism_bias_category,optimism_bias', (_id, row) =>
      row.startsWith('domestic-abuse,police,')
        ? '2012-13,standard-buildings,'
        : row.startsWith('health-care,health,')
          ? ',outsourcing,0.1'
          : ',,',
    ),
  );
  return dir;
}

describe('appraisal columns in the pack', () => {
  it('stores and reads back the value stack, additionality and cost adjustments', async () => {
    await loadPack(db, await packWithAppraisalColumns());
    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    const da = data.unitCosts.find((u) => u.id === 'da-incident');
    expect(da).toMatchObject({ economicPence: 250_000, socialPence: 700_025 });
    expect(data.unitCosts.find((u) => u.id === 'care-placement')?.economicPence).toBeUndefined();
    expect(data.metrics.find((m) => m.id === 'da-incidents')?.additionality).toEqual({
      deadweight: 0.25,
      displacement: 0.1,
      leakage: 0.05,
      substitution: 0,
      source: 'Illustrative: HCA Additionality Guide ready reckoner, low',
      grade: '3',
    });
    expect(data.metrics.find((m) => m.id === 'children-in-care')?.additionality).toBeUndefined();
    const police = data.costs.find(
      (c) => c.strandId === 'domestic-abuse' && c.partnerId === 'police',
    );
    expect(police).toMatchObject({
      priceYear: '2012-13',
      optimismBiasCategory: 'standard-buildings',
    });
    expect(police?.optimismBias).toBeUndefined();
    expect(data.costs.find((c) => c.partnerId === 'health')).toMatchObject({
      optimismBiasCategory: 'outsourcing',
      optimismBias: 0.1,
    });
  });

  it('a pack without the columns reads exactly as before', async () => {
    await loadPack(db, MINI_PACK);
    const data = await getProgrammeData(db, 'mini');
    if (data === null) throw new Error('the mini programme was not loaded');
    expect(data.unitCosts.some((u) => 'economicPence' in u || 'socialPence' in u)).toBe(false);
    expect(data.metrics.some((m) => 'additionality' in m)).toBe(false);
    expect(data.costs.some((c) => 'priceYear' in c || 'optimismBias' in c)).toBe(false);
  });

  it('names file, line and column of each bad appraisal cell, and loads nothing', async () => {
    const dir = await packWithAppraisalColumns();
    await editFile(dir, 'metrics.csv', (t) => t.replace('0.25,0.1,0.05,0,', '1.5,0.1,0.05,0,'));
    await editFile(dir, 'unit_costs.csv', (t) => t.replace(',6,economic,0,,', ',6,economic,0,3,'));
    await editFile(dir, 'costs.csv', (t) =>
      t.replace('2012-13,standard-buildings,', '2011-12,palaces,'),
    );
    const result = await readPack(dir);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'metrics.csv',
          line: 2,
          column: 'deadweight',
          message: expect.stringContaining('1.5 is out of range; expected a number in [0, 1]'),
        }),
        expect.objectContaining({
          file: 'unit_costs.csv',
          line: 4,
          column: 'economic_gbp',
          message: expect.stringContaining('is in category economic'),
        }),
        expect.objectContaining({
          file: 'costs.csv',
          line: 2,
          column: 'optimism_bias_category',
          message: expect.stringContaining('"palaces" is not allowed'),
        }),
      ]),
    );
    await expect(loadPack(db, dir)).rejects.toBeInstanceOf(PackValidationError);
    expect(await countProgrammes(db)).toBe(0);
  });

  it('needs deflator indexes for a cost priced outside the price base', async () => {
    const dir = await packWithAppraisalColumns();
    await editFile(dir, 'costs.csv', (t) => t.replace('2012-13,standard-buildings,', '2010-11,,'));
    const result = await readPack(dir);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        file: 'costs.csv',
        line: 2,
        column: 'price_year',
        message: expect.stringContaining('deflators.csv has no index for 2010-11'),
      }),
    ]);
  });
});

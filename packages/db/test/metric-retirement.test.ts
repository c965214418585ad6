// Retiring a metric (issue 17): metrics.csv retired_from, the first day from which no figures
// are due. Loaded, stored and read back on the engine this run is for, written back out as the
// same files, and refused with file, line and column when the date is not a period start, falls
// before the programme, or would leave a returned figure owed by no one.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { readPack } from '../src/pack/read-pack.js';
import { readPackFiles } from '../src/pack/read-pack-files.js';
import { readStoredPack } from '../src/pack/read-stored-pack.js';
import { packToFiles } from '../src/pack/write-pack-files.js';
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

/** The mini pack with a retired_from column ending metrics.csv; `dates` maps metric id to cell. */
async function packRetiring(dates: Record<string, string>): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(dir, 'metrics.csv', (text) =>
    text
      .split('\n')
      .map((line, i) => {
        if (line === '') return line;
        const id = line.split(',')[0] ?? '';
        return `${line},${i === 0 ? 'retired_from' : (dates[id] ?? '')}`;
      })
      .join('\n'),
  );
  return dir;
}

describe('retired_from in the pack', () => {
  // da-incidents (quarterly) has figures for 2013-04-01 and 2013-07-01, so 2013-10-01 (the next
  // quarter) is the earliest date it can be retired from.
  it('stores the date and reads it back; metrics in use have none', async () => {
    await loadPack(db, await packRetiring({ 'da-incidents': '2013-10-01' }));
    const data = await getProgrammeData(db, 'mini');
    expect(data?.metrics.map((m) => [m.id, m.retiredFrom ?? null])).toEqual([
      ['da-incidents', '2013-10-01'],
      ['children-in-care', null],
      ['ae-attendances', null],
      ['wellbeing', null],
    ]);
    expect(data?.metrics.filter((m) => 'retiredFrom' in m).map((m) => m.id)).toEqual([
      'da-incidents',
    ]);
  });

  it('writes the same files back out, so export then import is the identity', async () => {
    await loadPack(db, await packRetiring({ 'da-incidents': '2013-10-01' }));
    const stored = await readStoredPack(db, 'mini');
    if (stored === null) throw new Error('the mini programme was not loaded');
    const lines = packToFiles(stored).get('metrics.csv')?.split('\r\n') ?? [];
    expect(lines[0]?.endsWith(',retired_from')).toBe(true);
    expect(lines[1]?.startsWith('da-incidents,')).toBe(true);
    expect(lines[1]?.endsWith(',2013-10-01')).toBe(true);
    expect(lines[2]?.endsWith(',')).toBe(true);
    const again = readPackFiles(
      new Map([...packToFiles(stored)].map(([f, text]) => [f, { text }])),
    );
    expect(again.ok && again.pack).toEqual(stored);
  });

  it('a pack without the column reads as before: every metric in use', async () => {
    await loadPack(db, MINI_PACK);
    const stored = await readStoredPack(db, 'mini');
    expect(stored?.metrics.some((m) => 'retiredFrom' in m)).toBe(false);
  });

  it('names file, line and column of every retirement date that does not fit', async () => {
    const dir = await packRetiring({
      'da-incidents': '2013-07-01', // line 2: a figure is returned for Jul 2013 itself
      'children-in-care': '2013-05-15', // line 3: not the 1st of a month
      'ae-attendances': 'soon', // line 4: not a date
      wellbeing: '2012-04-01', // line 5: before the programme starts (2013-04-01)
    });
    const result = await readPack(dir);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['metrics.csv', 2, 'retired_from'],
      ['metrics.csv', 3, 'retired_from'],
      ['metrics.csv', 4, 'retired_from'],
      ['metrics.csv', 5, 'retired_from'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining(
        'has a figure returned for Q2 2013-14 (from 2013-07-01), on or after 2013-07-01; retire it from a date after its last returned figure',
      ),
      expect.stringContaining('2013-05-15 does not start a month of metric "children-in-care"'),
      expect.stringContaining('"soon" is not a real date'),
      expect.stringContaining('2012-04-01 is before the programme starts (2013-04-01)'),
    ]);
  });
});

describe('retired_from is hostile input like any cell', () => {
  // Whatever the cell holds, the loader answers: accepted only as a real date that starts a
  // quarter from 2013-10-01 on (da-incidents' last figure is for 2013-07-01), or blank; anything
  // else is one or more errors, every one on metrics.csv line 2, column retired_from.
  it('never throws, and accepts or names the cell, for any text', async () => {
    const files = new Map<string, string>();
    for (const name of await readdir(MINI_PACK)) {
      // The fixture's partners.csv starts with a byte-order mark, which readPack drops on reading.
      files.set(name, (await readFile(join(MINI_PACK, name), 'utf8')).replace(/^\uFEFF/, ''));
    }
    const metrics = (files.get('metrics.csv') ?? '').trimEnd().split('\n');
    const withCell = (cell: string) => {
      const quoted = `"${cell.replaceAll('"', '""')}"`;
      const text = metrics
        .map((line, i) => (i === 0 ? `${line},retired_from` : `${line},${i === 1 ? quoted : ''}`))
        .join('\n');
      return new Map(
        [...files].map(([name, t]) => [name, { text: name === 'metrics.csv' ? text : t }]),
      );
    };
    const dateLike = fc
      .tuple(
        fc.integer({ min: 1990, max: 2100 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const quarterStart = /^(\d{4})-(01|04|07|10)-01$/;
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), dateLike), (cell) => {
        const result = readPackFiles(withCell(cell));
        const valid = cell === '' || (quarterStart.test(cell) && cell >= '2013-10-01');
        if (result.ok) {
          expect(valid).toBe(true);
          const metric = result.pack.metrics.find((m) => m.id === 'da-incidents');
          expect(metric?.retiredFrom ?? '').toBe(cell);
        } else {
          expect(valid, JSON.stringify(result.errors.slice(0, 3))).toBe(false);
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect([e.file, e.line, e.column]).toEqual(['metrics.csv', 2, 'retired_from']);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

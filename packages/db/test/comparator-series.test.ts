// A comparison series as the counterfactual (issue 18): metrics.csv comparator_name and
// comparator_source name it, comparators.csv gives its values. Loaded, stored and read back on the
// engine this run is for, written back out as the same files, and refused with file, line and
// column when the series and the metric do not fit together. A pack without it reads as before.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

const NAME = 'England';
const SOURCE = 'Home Office, police recorded crime (illustrative)';

/** Adds comparator_name and comparator_source to metrics.csv; `named` maps metric id to cells. */
function metricColumns(named: Record<string, string>) {
  return (text: string) =>
    text
      .split('\n')
      .map((line, i) => {
        if (line === '') return line;
        const id = line.split(',')[0] ?? '';
        return `${line},${i === 0 ? 'comparator_name,comparator_source' : (named[id] ?? ',')}`;
      })
      .join('\n');
}

/** The mini pack with a national series for da-incidents (quarterly, 2011-12 to 2013-14). */
async function packWithComparator(rows?: string): Promise<string> {
  const dir = await copyMiniPack();
  await editFile(dir, 'metrics.csv', metricColumns({ 'da-incidents': `${NAME},"${SOURCE}"` }));
  await writeFile(
    join(dir, 'comparators.csv'),
    rows ??
      [
        'metric_id,period_start,value',
        'da-incidents,2011-04-01,1000',
        'da-incidents,2011-07-01,1020',
        'da-incidents,2011-10-01,980',
        'da-incidents,2012-01-01,1000',
        'da-incidents,2013-04-01,1100',
        'da-incidents,2013-07-01,1150',
        '',
      ].join('\n'),
  );
  return dir;
}

describe('a comparison series in the pack', () => {
  it('stores it and reads it back with its name, source and values', async () => {
    const dir = await packWithComparator();
    await loadPack(db, dir);
    const data = await getProgrammeData(db, 'mini');
    const metric = data?.metrics.find((m) => m.id === 'da-incidents');
    expect(metric?.comparator).toEqual({
      name: NAME,
      source: SOURCE,
      values: [
        { periodStart: '2011-04-01', value: 1000 },
        { periodStart: '2011-07-01', value: 1020 },
        { periodStart: '2011-10-01', value: 980 },
        { periodStart: '2012-01-01', value: 1000 },
        { periodStart: '2013-04-01', value: 1100 },
        { periodStart: '2013-07-01', value: 1150 },
      ],
    });
    expect(data?.metrics.filter((m) => 'comparator' in m).map((m) => m.id)).toEqual([
      'da-incidents',
    ]);
  });

  it('writes the same files back out, so export then import is the identity', async () => {
    const dir = await packWithComparator();
    await loadPack(db, dir);
    const stored = await readStoredPack(db, 'mini');
    if (stored === null) throw new Error('the mini programme was not loaded');
    const files = packToFiles(stored);
    expect(files.get('comparators.csv')?.split('\r\n').slice(0, 2)).toEqual([
      'metric_id,period_start,value',
      'da-incidents,2011-04-01,1000',
    ]);
    const again = readPackFiles(new Map([...files].map(([f, text]) => [f, { text }])));
    expect(again.ok && again.pack).toEqual(stored);
  });

  it('a pack without it reads as before and exports no comparators.csv', async () => {
    await loadPack(db, MINI_PACK);
    const stored = await readStoredPack(db, 'mini');
    if (stored === null) throw new Error('the mini programme was not loaded');
    expect(stored.metrics.some((m) => 'comparator' in m)).toBe(false);
    expect(packToFiles(stored).has('comparators.csv')).toBe(false);
  });

  it('names file, line and column of every misfit between the series and its metric', async () => {
    const dir = await packWithComparator(
      [
        'metric_id,period_start,value',
        'da-incidents,2011-04-01,1000',
        'da-incidents,2011-04-01,1010', // line 3: twice
        'da-incidents,2013-05-01,1100', // line 4: not a quarter
        'wellbeing,2013-04-01,7', // line 5: wellbeing names no comparator
        'no-such-metric,2013-04-01,7', // line 6
        'da-incidents,2013-07-01,-1', // line 7: negative
        '',
      ].join('\n'),
    );
    // ae-attendances names one without a source and has no values.
    await editFile(dir, 'metrics.csv', (t) =>
      t.replace(/(ae-attendances,.*),,\n/, '$1,Cheshire and Merseyside,\n'),
    );
    const result = await readPack(dir);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['metrics.csv', 4, 'comparator_source'],
      ['metrics.csv', 4, 'comparator_name'],
      ['metrics.csv', 5, 'comparator_name'],
      ['comparators.csv', 3, 'period_start'],
      ['comparators.csv', 4, 'period_start'],
      ['comparators.csv', 6, 'metric_id'],
      ['comparators.csv', 7, 'value'],
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('has a comparator but no comparator_source'),
      expect.stringContaining('names a comparator but comparators.csv has no values for it'),
      expect.stringContaining('has values in comparators.csv but no comparator_name'),
      expect.stringContaining('2011-04-01'),
      expect.stringContaining('2013-05-01 does not start a quarter'),
      expect.stringContaining('no-such-metric'),
      expect.stringContaining('-1'),
    ]);
  });

  it('needs values in the baseline measurement period, to scale the series by', async () => {
    const dir = await packWithComparator(
      ['metric_id,period_start,value', 'da-incidents,2013-04-01,1100', ''].join('\n'),
    );
    const result = await readPack(dir);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        file: 'comparators.csv',
        column: 'period_start',
        message: expect.stringContaining(
          'no comparator value for a period starting from 2011-04-01 to 2012-03-31',
        ),
      }),
    ]);
  });

  it('needs the baseline measurement period of a metric with a comparator', async () => {
    const dir = await packWithComparator(
      ['metric_id,period_start,value', 'children-in-care,2013-04-01,50', ''].join('\n'),
    );
    await editFile(dir, 'metrics.csv', (t) =>
      t
        .replace(`${NAME},"${SOURCE}"`, ',')
        .replace(/(children-in-care,.*),,\n/, `$1,${NAME},"${SOURCE}"\n`),
    );
    const result = await readPack(dir);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        file: 'baselines.csv',
        line: 3,
        column: 'measured_from',
        message: expect.stringContaining('expected measured_from'),
      }),
    ]);
  });
});

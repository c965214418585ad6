// Every kind of bad input is refused with file, line and column, all errors together, and the
// store unchanged: each case edits one copy of the valid mini pack, then tries to load it over a
// store that already holds the mini programme (replace on, so validation is the only guard).
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../src/pack/load-pack.js';
import { PackValidationError, formatPackError, type PackError } from '../src/pack/pack-error.js';
import { readPack } from '../src/pack/read-pack.js';
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

let db: Kysely<Database>;
let stored: string;

beforeAll(async () => {
  db = await migratedTestDb();
  await loadPack(db, MINI_PACK);
  stored = await checksum(db);
});
afterAll(async () => {
  await db.destroy();
  await removeTempDirs();
});

type Expected = [
  file: string,
  line: number | null,
  column: string | null,
  message: string | RegExp,
];

/** Loads the edited pack, expecting exactly these errors (in order) and an untouched store. */
async function expectRefused(dir: string, expected: Expected[]): Promise<PackError[]> {
  let thrown: unknown;
  try {
    await loadPack(db, dir, { replace: true });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(PackValidationError);
  const errors = (thrown as PackValidationError).errors;
  expect(errors.map((e) => [e.file, e.line, e.column])).toEqual(
    expected.map(([f, l, c]) => [f, l, c]),
  );
  errors.forEach((error, i) => {
    const message = expected[i]?.[3] ?? '';
    if (typeof message === 'string') expect(error.message).toContain(message);
    else expect(error.message).toMatch(message);
  });
  expect(await checksum(db)).toBe(stored);
  return [...errors];
}

async function pack(...edits: [file: string, edit: (text: string) => string][]): Promise<string> {
  const dir = await copyMiniPack();
  for (const [file, edit] of edits) await editFile(dir, file, edit);
  return dir;
}

describe('columns', () => {
  it('a misspelt column is reported as unknown, and the real one as missing', async () => {
    const dir = await pack(['metrics.csv', replaceOnce(',attribution,', ',atribution,')]);
    await expectRefused(dir, [
      [
        'metrics.csv',
        1,
        'atribution',
        'unknown column "atribution"; expected exactly the columns id, strand_id',
      ],
      ['metrics.csv', 1, 'attribution', 'missing column "attribution"'],
    ]);
  });

  it('an extra column is an error', async () => {
    const dir = await pack([
      'partners.csv',
      (t) =>
        t.replace('kind\n', 'kind,region\n').replace(/(council|police|health)\n/g, '$1,North\n'),
    ]);
    await expectRefused(dir, [['partners.csv', 1, 'region', 'unknown column "region"']]);
  });

  it('the optional budget and growth_from columns are checked like any other', async () => {
    const dir = await pack(
      [
        'partners.csv',
        (t) =>
          t
            .replace('kind\r\n', 'kind,budget\r\n')
            .replace('kind\n', 'kind,budget\n')
            .replace(/,council(\r?\n)/, ',council,local$1')
            .replace(/,police(\r?\n)/, ',police,federal$1')
            .replace(/,health(\r?\n)/, ',health,$1'),
      ],
      [
        'baselines.csv',
        (t) =>
          t
            .replace('measured_to,note', 'measured_to,note,growth_from')
            .replace(/Average quarter of 2011-12(\r?\n)/, 'Average quarter of 2011-12,2011-13-01$1')
            .replace(/,,,(\r?\n)/, ',,,,$1')
            .replace(/2012-03-31,(\r?\n)/, '2012-03-31,,$1')
            .replace(/"Survey mean, 2012"/, '"Survey mean, 2012",'),
      ],
    );
    await expectRefused(dir, [
      [
        'partners.csv',
        3,
        'budget',
        '"federal" is not allowed; expected one of: local, national, or empty for local',
      ],
      [
        'baselines.csv',
        2,
        'growth_from',
        '"2011-13-01" is not a real date; expected YYYY-MM-DD such as 2011-04-01, or empty',
      ],
    ]);
  });

  it('a bad cumulative flag and a shift run length other than 6 or 7 are refused', async () => {
    const dir = await pack(
      [
        'metrics.csv',
        (t) =>
          t
            .split('\n')
            .map((line, i) =>
              line === ''
                ? line
                : i === 0
                  ? `${line},cumulative`
                  : `${line},${line.startsWith('da-incidents,') ? 'maybe' : 'no'}`,
            )
            .join('\n'),
      ],
      [
        'programme.json',
        replaceOnce('"illustrative": true', '"illustrative": true, "spcShiftRunLength": 5'),
      ],
    );
    await expectRefused(dir, [
      [
        'programme.json',
        null,
        'spcShiftRunLength',
        '5 is not allowed; expected 6 or 7 (the field is optional; absent means 7)',
      ],
      ['metrics.csv', 2, 'cumulative', '"maybe" is not allowed; expected yes, no, or empty for no'],
    ]);
  });

  it('a missing column is an error', async () => {
    const dir = await pack([
      'baselines.csv',
      () =>
        [
          'metric_id,value,annual_growth,measured_from,measured_to',
          'da-incidents,290,,2011-04-01,2012-03-31',
          'children-in-care,120,0.02,,',
          'ae-attendances,1500,0.035,2011-04-01,2012-03-31',
          'wellbeing,6.5,-0.01,,',
          '',
        ].join('\n'),
    ]);
    await expectRefused(dir, [['baselines.csv', 1, 'note', 'missing column "note"']]);
  });

  it('a row with the wrong number of values is an error on its line', async () => {
    const dir = await pack([
      'strands.csv',
      replaceOnce(
        'health-care,Health and social care,health,',
        'health-care,Health, social care,health,',
      ),
    ]);
    // The row cannot be read, so references to strands are not checked (no cascade of errors).
    await expectRefused(dir, [
      ['strands.csv', 3, null, 'this row has 5 values but the header has 4 columns'],
    ]);
  });
});

describe('ids and references', () => {
  it('an unknown id is reported where it is used', async () => {
    const dir = await pack([
      'strands.csv',
      replaceOnce('Domestic abuse,police,', 'Domestic abuse,polce,'),
    ]);
    await expectRefused(dir, [
      [
        'strands.csv',
        2,
        'sponsor_partner_id',
        'unknown partner "polce"; expected an id from partners.csv (council, police, health)',
      ],
    ]);
  });

  it('every reference of a metric is checked', async () => {
    const dir = await pack(
      [
        'metrics.csv',
        replaceOnce(
          'wellbeing,Wellbeing score,health-care,healthier,score (0-10),year,higher,stock,council,,',
          'wellbeing,Wellbeing score,health,happier,score (0-10),year,higher,stock,nobody,no-cost,',
        ),
      ],
      [
        'metrics.csv',
        replaceOnce('stock,council,care-placement,', 'stock,council,Care_Placement,'),
      ],
    );
    await expectRefused(dir, [
      [
        'metrics.csv',
        3,
        'unit_cost_id',
        '"Care_Placement" is not a valid id; expected a lower-case slug',
      ],
      ['metrics.csv', 5, 'strand_id', 'unknown strand "health"'],
      ['metrics.csv', 5, 'outcome_id', 'unknown outcome "happier"'],
      ['metrics.csv', 5, 'owner_partner_id', 'unknown partner "nobody"'],
      ['metrics.csv', 5, 'unit_cost_id', 'unknown unit cost "no-cost"'],
    ]);
  });

  it('an id that is not a slug is reported once, not again where it is used', async () => {
    const dir = await pack([
      'partners.csv',
      replaceOnce('police,Testshire Police', 'Police,Testshire Police'),
    ]);
    await expectRefused(
      dir,
      [
        ['partners.csv', 3, 'id', '"Police" is not a valid id; expected a lower-case slug'],
        // The lower-case references to "police" are now unknown: each is reported.
        ['unit_cost_bearers.csv', 2, 'partner_id', 'unknown partner "police"'],
        ['unit_cost_bearers.csv', 8, 'partner_id', 'unknown partner "police"'],
        ['metrics.csv', 2, 'owner_partner_id', 'unknown partner "police"'],
        ['costs.csv', 2, 'partner_id', 'unknown partner "police"'],
        ['strands.csv', 2, 'sponsor_partner_id', 'unknown partner "police"'],
      ].sort(byFileThenLine) as Expected[],
    );
  });

  it('a duplicate id is an error naming the first line', async () => {
    const dir = await pack(['outcomes.csv', (t) => `${t}safer,Crime is down\r\n`]);
    await expectRefused(dir, [
      ['outcomes.csv', 4, 'id', 'duplicate id "safer"; already given on line 2'],
    ]);
  });

  it('a duplicate metric and period in forecasts is an error', async () => {
    const dir = await pack(['forecasts.csv', (t) => `${t}children-in-care,2013-05-01,117\n`]);
    await expectRefused(dir, [
      [
        'forecasts.csv',
        13,
        'period_start',
        'duplicate row for metric "children-in-care" and period 2013-05-01; already given on line 7',
      ],
    ]);
  });

  it('a duplicate metric and period in actuals is an error, counting lines across a multi-line value', async () => {
    const dir = await pack(['actuals.csv', (t) => `${t}da-incidents,2013-07-01,266,"again"\n`]);
    await expectRefused(dir, [
      [
        'actuals.csv',
        10,
        'period_start',
        'duplicate row for metric "da-incidents" and period 2013-07-01; already given on line 3',
      ],
    ]);
  });
});

describe('periods and values', () => {
  it('2013-05-01 for a quarterly metric is not a period start', async () => {
    const dir = await pack([
      'forecasts.csv',
      replaceOnce('da-incidents,2013-07-01,270', 'da-incidents,2013-05-01,270'),
    ]);
    await expectRefused(dir, [
      [
        'forecasts.csv',
        3,
        'period_start',
        '2013-05-01 does not start a quarter; metric "da-incidents" is quarterly, so its periods start on 1 April, 1 July, 1 October or 1 January',
      ],
    ]);
  });

  it('a negative count is refused, on the right line after a multi-line note and a blank line', async () => {
    const dir = await pack(
      [
        'actuals.csv',
        replaceOnce('children-in-care,2013-05-01,117.5', 'children-in-care,2013-05-01,-3'),
      ],
      ['actuals.csv', replaceOnce('wellbeing,2013-04-01,6.7', 'wellbeing,2013-05-01,6.7')],
    );
    await expectRefused(dir, [
      ['actuals.csv', 6, 'value', '-3 is out of range; expected a number of 0 or more'],
      [
        'actuals.csv',
        9,
        'period_start',
        '2013-05-01 does not start a year; metric "wellbeing" is yearly',
      ],
    ]);
  });

  it('values of the wrong type or range are refused with what was expected', async () => {
    const dir = await pack(
      [
        'metrics.csv',
        replaceOnce(
          'domestic-abuse,safer,incidents,quarter,lower,flow,police,da-incident,0.8',
          'domestic-abuse,safer,incidents,quarterly,lower,flow,police,da-incident,1.5',
        ),
      ],
      [
        'unit_costs.csv',
        replaceOnce('Local finance data,1,fiscal,0.6', 'Local finance data,7,fiscal,60%'),
      ],
      [
        'baselines.csv',
        replaceOnce('children-in-care,120,0.02,,,', 'children-in-care,"1,200",0.02,2013-02-30,,'),
      ],
      ['costs.csv', replaceOnce('2014-15,running,250000,', '2014/15,running,£250000,')],
    );
    await expectRefused(dir, [
      [
        'unit_costs.csv',
        3,
        'confidence_grade',
        '"7" is not allowed; expected a whole number from 1 to 6',
      ],
      ['unit_costs.csv', 3, 'cashable_share', '"60%" is not a number'],
      [
        'metrics.csv',
        2,
        'frequency',
        '"quarterly" is not allowed; expected one of: month, quarter, year',
      ],
      ['metrics.csv', 2, 'attribution', '1.5 is out of range; expected a number in (0, 1]'],
      ['baselines.csv', 3, 'value', '"1,200" is not a number'],
      ['baselines.csv', 3, 'measured_from', '"2013-02-30" is not a real date'],
      [
        'costs.csv',
        5,
        'financial_year',
        '"2014/15" is not a financial year; expected YYYY-YY such as 2013-14',
      ],
      ['costs.csv', 5, 'forecast_gbp', '"£250000" is not an amount in pounds'],
    ]);
  });

  it('money with more than 2 decimal places is refused', async () => {
    const dir = await pack(['unit_costs.csv', replaceOnce('event,13160,', 'event,13160.125,')]);
    await expectRefused(dir, [
      ['unit_costs.csv', 2, 'value_gbp', '"13160.125" has more than 2 decimal places'],
    ]);
  });

  it('a flow metric needs a cost per event', async () => {
    const dir = await pack([
      'metrics.csv',
      replaceOnce('flow,police,da-incident', 'flow,police,care-placement'),
    ]);
    await expectRefused(dir, [
      [
        'metrics.csv',
        2,
        'unit_cost_id',
        'unit cost "care-placement" is a cost per year, but a flow metric needs a cost per event',
      ],
    ]);
  });

  it('every metric needs exactly one baseline', async () => {
    const dir = await pack([
      'baselines.csv',
      (t) => t.replace('wellbeing,6.5,-0.01,,,"Survey mean, 2012"\n', 'ae-attendances,1400,,,,\n'),
    ]);
    await expectRefused(dir, [
      [
        'baselines.csv',
        null,
        'metric_id',
        'metric "wellbeing" (metrics.csv line 5) has no baseline; expected exactly one row per metric',
      ],
      [
        'baselines.csv',
        5,
        'metric_id',
        'duplicate baseline for metric "ae-attendances"; already given on line 4',
      ],
    ]);
  });
});

describe('unit costs', () => {
  it('bearer shares that do not sum to 1 are refused', async () => {
    const dir = await pack([
      'unit_cost_bearers.csv',
      replaceOnce('ae-attendance,police,0.1', 'ae-attendance,police,0.2'),
    ]);
    await expectRefused(dir, [
      [
        'unit_cost_bearers.csv',
        6,
        'share',
        'the shares of unit cost "ae-attendance" (lines 6, 7, 8) sum to 1.1; expected them to sum to 1',
      ],
    ]);
  });

  it('a share outside (0, 1] and a unit cost without bearers are refused', async () => {
    const dir = await pack([
      'unit_cost_bearers.csv',
      (t) =>
        t
          .replace('care-placement,council,1\n', '')
          .replace('da-incident,health,0.2', 'da-incident,health,0'),
    ]);
    await expectRefused(dir, [
      [
        'unit_cost_bearers.csv',
        null,
        'unit_cost_id',
        'unit cost "care-placement" (unit_costs.csv line 3) has no bearers',
      ],
      ['unit_cost_bearers.csv', 4, 'share', '0 is out of range; expected a number in (0, 1]'],
    ]);
  });

  it('a missing deflator is reported on the unit cost that needs it, naming the year', async () => {
    const dir = await pack(['deflators.csv', replaceOnce('2012-13,97.5\n', '')]);
    await expectRefused(dir, [
      [
        'unit_costs.csv',
        2,
        'price_year',
        'unit cost "da-incident" is priced in 2012-13 but the programme\'s price base year is 2013-14, and deflators.csv has no index for 2012-13',
      ],
    ]);
  });

  it('without deflators.csv every unit cost priced in another year is refused', async () => {
    const dir = await copyMiniPack();
    await rm(join(dir, 'deflators.csv'));
    await expectRefused(dir, [
      ['unit_costs.csv', 2, 'price_year', 'no index for 2012-13'],
      ['unit_costs.csv', 2, 'price_year', 'no index for the price base year 2013-14'],
      ['unit_costs.csv', 4, 'price_year', 'no index for 2014-15'],
      ['unit_costs.csv', 4, 'price_year', 'no index for the price base year 2013-14'],
    ]);
  });
});

describe('programme.json', () => {
  it('reports each bad field by name', async () => {
    const dir = await pack([
      'programme.json',
      (t) =>
        t
          .replace('"discountRate": 0.035', '"discountRate": 1')
          .replace('"green": 0.95', '"green": 0.7')
          .replace('"years": 3', '"years": 0, "horizon": 3')
          .replace('"firstFinancialYear": "2013-14"', '"firstFinancialYear": "2013-15"')
          .replace('"illustrative": true', '"optimismBias": { "1": 0, "2": 1 }'),
    ]);
    await expectRefused(dir, [
      [
        'programme.json',
        null,
        'firstFinancialYear',
        '"2013-15" is not allowed; expected a financial year written "YYYY-YY"',
      ],
      ['programme.json', null, 'years', '0 is not allowed; expected a whole number of at least 1'],
      ['programme.json', null, 'discountRate', '1 is not allowed; expected a number in [0, 1)'],
      ['programme.json', null, 'ragThresholds', 'green (0.7) must be greater than amber (0.8)'],
      ['programme.json', null, 'optimismBias.2', '1 is not allowed; expected a number in [0, 1)'],
      ['programme.json', null, 'optimismBias.3', 'is missing; expected a number in [0, 1)'],
      ['programme.json', null, 'optimismBias.4', 'is missing'],
      ['programme.json', null, 'optimismBias.5', 'is missing'],
      ['programme.json', null, 'optimismBias.6', 'is missing'],
      ['programme.json', null, 'illustrative', 'is missing; expected true or false'],
      [
        'programme.json',
        null,
        'horizon',
        'unknown field "horizon"; expected only the fields id, name, place',
      ],
    ]);
  });

  it('reports invalid JSON with its line', async () => {
    const dir = await pack([
      'programme.json',
      replaceOnce('"place": "Testshire",', '"place": "Testshire"'),
    ]);
    const [error] = await expectRefused(dir, [
      ['programme.json', expect.any(Number) as unknown as number, null, /is not valid JSON/],
    ]);
    expect(error?.line).toBe(5);
  });
});

describe('files', () => {
  it('a missing file, an empty file and a file that is not UTF-8 are each reported', async () => {
    const dir = await copyMiniPack();
    await rm(join(dir, 'costs.csv'));
    await writeFile(join(dir, 'outcomes.csv'), '');
    await writeFile(
      join(dir, 'partners.csv'),
      Buffer.from('id,name,kind\ncouncil,Cyngor M\xf4n,council\n', 'latin1'),
    );
    await expectRefused(dir, [
      ['partners.csv', null, null, 'the file is not UTF-8 text'],
      ['outcomes.csv', null, null, 'the file is empty; expected a header row: id,name'],
      ['costs.csv', null, null, 'the file is missing; expected costs.csv with the columns'],
    ]);
  });

  it('a folder that does not exist is reported', async () => {
    const result = await readPack(join(MINI_PACK, 'nope'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([
      `${join(MINI_PACK, 'nope')}: the pack folder does not exist; expected a folder holding programme.json and the CSV files`,
    ]);
  });
});

it('reports errors from many files together, in file and line order', async () => {
  const dir = await pack(
    ['strands.csv', replaceOnce('Domestic abuse,police,', 'Domestic abuse,polce,')],
    ['forecasts.csv', replaceOnce('da-incidents,2013-07-01,270', 'da-incidents,2013-05-01,270')],
    [
      'actuals.csv',
      replaceOnce('children-in-care,2013-05-01,117.5', 'children-in-care,2013-05-01,-3'),
    ],
    ['actuals.csv', replaceOnce('ae-attendances,2013-04-01,1490', 'ae-attendances,2013-04-01,-1')],
    ['unit_cost_bearers.csv', replaceOnce('ae-attendance,police,0.1', 'ae-attendance,police,0.2')],
    ['deflators.csv', replaceOnce('2012-13,97.5\n', '')],
    ['metrics.csv', replaceOnce(',attribution,', ',atribution,')],
  );
  const errors = await expectRefused(dir, [
    ['strands.csv', 2, 'sponsor_partner_id', 'unknown partner "polce"'],
    ['unit_costs.csv', 2, 'price_year', 'no index for 2012-13'],
    ['unit_cost_bearers.csv', 6, 'share', 'sum to 1.1'],
    ['metrics.csv', 1, 'atribution', 'unknown column'],
    ['metrics.csv', 1, 'attribution', 'missing column'],
    // metrics.csv could not be read, so period starts cannot be checked against frequencies; the
    // values themselves still are.
    ['actuals.csv', 6, 'value', '-3 is out of range'],
    ['actuals.csv', 8, 'value', '-1 is out of range'],
  ]);
  expect(errors.map(formatPackError)[0]).toBe(
    'strands.csv:2 sponsor_partner_id: unknown partner "polce"; expected an id from partners.csv (council, police, health)',
  );
});

function byFileThenLine(a: unknown[], b: unknown[]): number {
  const order = [
    'partners.csv',
    'strands.csv',
    'unit_cost_bearers.csv',
    'metrics.csv',
    'costs.csv',
  ];
  return (
    order.indexOf(a[0] as string) - order.indexOf(b[0] as string) ||
    (a[1] as number) - (b[1] as number)
  );
}

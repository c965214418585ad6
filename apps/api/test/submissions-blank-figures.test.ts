// validateSubmission on tables as the upload readers give them: a row whose value is blank is
// skipped (listed, still owed), not refused; the template's guide columns are read past; a file
// in which every value is blank is refused, since it would store nothing.
import { describe, expect, it } from 'vitest';
import type { RawCell, RawTable } from '../src/services/submissions/raw-table.js';
import {
  validateSubmission,
  type ValidationContext,
} from '../src/services/submissions/validate-submission.js';

const context: ValidationContext = {
  metrics: new Map([
    [
      'incidents',
      {
        id: 'incidents',
        name: 'Reported incidents',
        frequency: 'quarter',
        ownerPartnerId: 'police',
      },
    ],
  ]),
  partnerNames: new Map([['police', 'Police']]),
  partnerId: 'police',
  today: '2015-06-01',
};

const table = (header: string[], ...rows: RawCell[][]): RawTable => ({
  header: { row: 1, cells: header },
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

const TEMPLATE = [
  'metric_id',
  'metric',
  'unit',
  'period',
  'last_value',
  'period_start',
  'value',
  'note',
];
const guide = ['Reported incidents', 'incidents', 'Q1 2014-15', '70 (Q4 2013-14)'];

describe('blank figures in an upload', () => {
  it('skips a blank value (empty text, spaces or an empty cell) and keeps the filled rows', () => {
    const result = validateSubmission(
      table(
        TEMPLATE,
        ['incidents', ...guide, '2014-04-01', 60, null],
        ['incidents', ...guide, '2014-07-01', '  ', null],
        ['incidents', ...guide, '2014-10-01', null, null],
        ['incidents', ...guide, '2015-01-01', '61', 'late'],
      ),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.row, r.periodStart, r.value])).toEqual([
      [2, '2014-04-01', 60],
      [5, '2015-01-01', 61],
    ]);
    expect(result.skipped).toEqual([
      { row: 3, metricId: 'incidents', periodStart: '2014-07-01' },
      { row: 4, metricId: 'incidents', periodStart: '2014-10-01' },
    ]);
  });

  it('still refuses a blank row whose metric or period is wrong', () => {
    const result = validateSubmission(
      table(
        ['metric_id', 'period_start', 'value', 'note'],
        ['incidents', '2014-04-01', '5', ''],
        ['burglaries', '2014-07-01', '', ''],
        ['incidents', '2014-08-01', '', ''],
      ),
      context,
    );
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'metric_id'],
      [4, 'period_start'],
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('refuses a file in which every value is blank, saying why', () => {
    const result = validateSubmission(
      table(TEMPLATE, ['incidents', ...guide, '2014-04-01', '', '']),
      context,
    );
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: null,
        column: null,
        value: null,
        message: expect.stringMatching(/^Every value is blank/),
      },
    ]);
  });

  it('still refuses a value that is not a number', () => {
    const result = validateSubmission(
      table(['metric_id', 'period_start', 'value', 'note'], ['incidents', '2014-04-01', 'n/a', '']),
      context,
    );
    expect(result.errors).toMatchObject([{ row: 2, column: 'value', value: 'n/a' }]);
  });
});

// A cumulative metric's SPC chart is of per-period increments, so the plausibility check of a
// returned running total judges what it adds to the previous period, not the total itself.
// On the demonstration pack: families with results achieved reached 525 in Q4 2016-17.
import { getProgrammeData } from '@outcomes/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plausibilityWarnings } from '../src/services/submissions/plausibility.js';
import { demoPackDir, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp([demoPackDir]);
});
afterAll(async () => t.close());

describe('plausibility of a cumulative metric', () => {
  const check = async (value: number) => {
    const data = await getProgrammeData(t.db, 'west-cheshire');
    if (data === null) throw new Error('the demonstration programme was not loaded');
    return plausibilityWarnings({
      data,
      today: '2017-07-01',
      rebases: [],
      rows: [
        {
          row: 2,
          metricId: 'ft-families-with-results',
          periodStart: '2017-04-01',
          value,
          note: null,
        },
      ],
    }).filter((w) => w.kind === 'spc');
  };

  it('names the increase over the previous quarter: 725 − 525 = 200', async () => {
    const [warning] = await check(725);
    expect(warning?.message).toMatch(
      /^The increase of 200 on Q4 2016-17 is above the upper process limit/,
    );
  });
});

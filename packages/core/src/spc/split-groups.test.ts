import { describe, expect, it } from 'vitest';
import { splitGroups } from './split-groups.js';

// Six monthly periods, indices 0..5.
const periods = [
  '2014-01-01',
  '2014-02-01',
  '2014-03-01',
  '2014-04-01',
  '2014-05-01',
  '2014-06-01',
];

describe('splitGroups', () => {
  it('is one group without rebases', () => {
    expect(splitGroups(periods, [])).toEqual([{ start: 0, end: 6, rebaseReason: null }]);
  });

  it('starts a group at the rebase period, with its reason', () => {
    expect(splitGroups(periods, [{ periodStart: '2014-04-01', reason: 'New pathway' }])).toEqual([
      { start: 0, end: 3, rebaseReason: null },
      { start: 3, end: 6, rebaseReason: 'New pathway' },
    ]);
  });

  it('starts at the first period on or after a rebase date between periods', () => {
    // 2014-03-15 falls inside March; the next period start is 2014-04-01 (index 3).
    expect(splitGroups(periods, [{ periodStart: '2014-03-15', reason: 'r' }])).toEqual([
      { start: 0, end: 3, rebaseReason: null },
      { start: 3, end: 6, rebaseReason: 'r' },
    ]);
  });

  it('sorts rebases by period', () => {
    const groups = splitGroups(periods, [
      { periodStart: '2014-05-01', reason: 'second' },
      { periodStart: '2014-03-01', reason: 'first' },
    ]);
    expect(groups).toEqual([
      { start: 0, end: 2, rebaseReason: null },
      { start: 2, end: 4, rebaseReason: 'first' },
      { start: 4, end: 6, rebaseReason: 'second' },
    ]);
  });

  it('does not apply a rebase that would leave a group with one point or none', () => {
    const r = (periodStart: string) => ({ periodStart, reason: 'r' });
    const one = [{ start: 0, end: 6, rebaseReason: null }];
    expect(splitGroups(periods, [r('2014-06-01')])).toEqual(one); // last point alone
    expect(splitGroups(periods, [r('2014-07-01')])).toEqual(one); // no actual yet
    expect(splitGroups(periods, [r('2014-01-01')])).toEqual(one); // nothing before it
    expect(splitGroups(periods, [r('2013-06-01')])).toEqual(one); // before the series
    expect(splitGroups(periods, [r('2014-02-01')])).toEqual(one); // first group of one
  });

  it('skips a rebase one period after the last one applied, and a duplicate', () => {
    // Rebases at index 2 and index 3: the group from 2 would have one point, so the second is
    // not applied; the duplicate at index 2 would leave an empty group.
    const groups = splitGroups(periods, [
      { periodStart: '2014-03-01', reason: 'a' },
      { periodStart: '2014-03-01', reason: 'duplicate' },
      { periodStart: '2014-04-01', reason: 'b' },
    ]);
    expect(groups).toEqual([
      { start: 0, end: 2, rebaseReason: null },
      { start: 2, end: 6, rebaseReason: 'a' },
    ]);
  });
});

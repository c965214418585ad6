import { describe, expect, it } from 'vitest';
import { nextPeriodStart } from '../periods/period.js';
import { programmeBaseline, rebaseBaseline } from './baseline.js';

/** `count` monthly period starts from `first`. */
function months(first: string, count: number): string[] {
  const out: string[] = [];
  let p = first;
  for (let i = 0; i < count; i++) {
    out.push(p);
    p = nextPeriodStart(p, 'month');
  }
  return out;
}

describe('programmeBaseline', () => {
  it('fixes the limits on the 12 periods before the programme year', () => {
    // Apr 2013 .. Nov 2014 (20 months); before 2014-04-01: Apr 2013 .. Mar 2014 = 12 → fixed.
    expect(programmeBaseline(months('2013-04-01', 20), '2014-04-01')).toEqual({
      points: 12,
      trial: false,
    });
  });

  it('uses every period before the programme when there are more than 12', () => {
    // Apr 2012 .. Nov 2014 (32 months); before 2014-04-01: 24 → fixed on 24.
    expect(programmeBaseline(months('2012-04-01', 32), '2014-04-01')).toEqual({
      points: 24,
      trial: false,
    });
  });

  it('falls back to trial limits on all points with fewer than 12 before', () => {
    // May 2013 .. Dec 2014 (20 months); before 2014-04-01: May 2013 .. Mar 2014 = 11 → trial, 20.
    expect(programmeBaseline(months('2013-05-01', 20), '2014-04-01')).toEqual({
      points: 20,
      trial: true,
    });
    // Nothing before the programme at all → trial on all 5.
    expect(programmeBaseline(months('2014-04-01', 5), '2014-04-01')).toEqual({
      points: 5,
      trial: true,
    });
  });

  it('gives trial limits on all points when there is no programme start', () => {
    expect(programmeBaseline(months('2013-04-01', 30), null)).toEqual({ points: 30, trial: true });
  });
});

describe('rebaseBaseline', () => {
  it('fixes a rebase group on its first 12 points', () => {
    expect(rebaseBaseline(20)).toEqual({ points: 12, trial: false });
    expect(rebaseBaseline(12)).toEqual({ points: 12, trial: false });
  });

  it('gives trial limits on all points of a shorter rebase group', () => {
    expect(rebaseBaseline(11)).toEqual({ points: 11, trial: true });
    expect(rebaseBaseline(2)).toEqual({ points: 2, trial: true });
  });
});

describe('programmeBaseline: a yearly metric', () => {
  const years = ['2010-04-01', '2011-04-01', '2012-04-01', '2013-04-01', '2014-04-01'];
  it('takes trial limits on the years before the programme only: 3 of 5', () => {
    expect(programmeBaseline(years, '2013-04-01', true)).toEqual({ points: 3, trial: true });
  });
  it('has no baseline with one year before the programme', () => {
    expect(programmeBaseline(years.slice(2), '2013-04-01', true)).toBeNull();
  });
  it('without a programme start, trial limits on every year as for other frequencies', () => {
    expect(programmeBaseline(years, null, true)).toEqual({ points: 5, trial: true });
  });
});

import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from './suppress-small-counts.js';

describe('suppressSmallCounts', () => {
  it('hides counts under 10 as "fewer than 10" and shows the rest', () => {
    const out = suppressSmallCounts({ a: 9, b: 10, c: 0 });
    expect(out['a']).toEqual({ value: null, suppressed: 'primary', display: 'fewer than 10' });
    expect(out['b']).toEqual({ value: 10, suppressed: null, display: '10' });
    expect(out['c']?.suppressed).toBe('primary');
  });

  it('hides a second part so the total cannot reveal the first (worked example)', () => {
    // Four quarters 12, 21, 7, 15 and their total 55. Primary: Q3 = 7 (< 10).
    // Alone, 55 − 12 − 21 − 15 = 7 would give Q3 away, so the smallest shown part, Q1 = 12,
    // is hidden too: now 55 − 21 − 15 = 19 = Q1 + Q3, which could be 12 + 7 or 10 + 9 or ...
    const out = suppressSmallCounts({ q1: 12, q2: 21, q3: 7, q4: 15, year: 55 }, [
      { total: 'year', parts: ['q1', 'q2', 'q3', 'q4'] },
    ]);
    expect(out['q3']?.suppressed).toBe('primary');
    expect(out['q1']?.suppressed).toBe('secondary');
    expect(out['q1']?.display).toBe('hidden to protect a small number');
    expect(out['q2']?.value).toBe(21);
    expect(out['q4']?.value).toBe(15);
    expect(out['year']?.value).toBe(55);
  });

  it('needs no secondary suppression when two parts are already hidden', () => {
    // 5 and 8 are both primary: total 40 − 27 = 13 = 5 + 8 reveals neither.
    const out = suppressSmallCounts({ a: 5, b: 8, c: 27, t: 40 }, [
      { total: 't', parts: ['a', 'b', 'c'] },
    ]);
    expect(out['c']?.suppressed).toBeNull();
    expect(out['t']?.suppressed).toBeNull();
  });

  it('hides the total when its only part is hidden', () => {
    // One part of 6 and a total of 6: the total is the part, so it goes too.
    const out = suppressSmallCounts({ a: 6, t: 6 }, [{ total: 't', parts: ['a'] }]);
    expect(out['t']?.suppressed).toBe('primary');
  });

  it('repeats until no published sum has exactly one hidden term (a row and a column)', () => {
    // 2 × 2 table with row and column totals:
    //          c1   c2 | row
    //   r1      4   20 |  24
    //   r2     30   40 |  70
    //   col    34   60 |  94
    // Primary: r1c1 = 4. Row r1 has one hidden → hide r1c2 (20). Column c1 has one hidden →
    // hide r2c1 (30). Column c2 now has one hidden (r1c2) → hide r2c2 (40). Row r2 then has two
    // hidden; every sum has 0 or ≥ 2 hidden terms, so it stops.
    const cells = { a: 4, b: 20, c: 30, d: 40, r1: 24, r2: 70, k1: 34, k2: 60 };
    const out = suppressSmallCounts(cells, [
      { total: 'r1', parts: ['a', 'b'] },
      { total: 'r2', parts: ['c', 'd'] },
      { total: 'k1', parts: ['a', 'c'] },
      { total: 'k2', parts: ['b', 'd'] },
    ]);
    expect(['a', 'b', 'c', 'd'].map((id) => out[id]?.suppressed)).toEqual([
      'primary',
      'secondary',
      'secondary',
      'secondary',
    ]);
    expect(out['r1']?.value).toBe(24);
  });

  it('takes another threshold, and refuses bad input', () => {
    expect(suppressSmallCounts({ a: 6 }, [], 5)['a']?.value).toBe(6);
    expect(suppressSmallCounts({ a: 4 }, [], 5)['a']?.display).toBe('fewer than 5');
    expect(() => suppressSmallCounts({ a: 1.5 })).toThrow('count "a" must be a whole number');
    expect(() => suppressSmallCounts({ a: 1 }, [{ total: 'x', parts: ['a'] }])).toThrow(
      'names "x", which is not a cell',
    );
  });
});

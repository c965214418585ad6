import { describe, expect, it } from 'vitest';
import { findRuns } from './find-runs.js';

describe('findRuns', () => {
  it('finds maximal runs of equal keys at least minLength long', () => {
    // keys: + + + − − + + + +  → runs (0–2, +) length 3, (3–4, −) length 2, (5–8, +) length 4.
    // With minLength 3 the run of 2 is left out.
    expect(findRuns([1, 1, 1, -1, -1, 1, 1, 1, 1], 3)).toEqual([
      { start: 0, end: 2, key: 1 },
      { start: 5, end: 8, key: 1 },
    ]);
  });

  it('lets a null key break a run and belong to none', () => {
    // + + null + + : two runs of 2, neither reaches 3; with minLength 2 both count.
    expect(findRuns([1, 1, null, 1, 1], 3)).toEqual([]);
    expect(findRuns([1, 1, null, 1, 1], 2)).toEqual([
      { start: 0, end: 1, key: 1 },
      { start: 3, end: 4, key: 1 },
    ]);
  });

  it('closes a run that reaches the end, and finds nothing in no keys', () => {
    // null − − − : run 1–3 of −1, length 3.
    expect(findRuns([null, -1, -1, -1], 3)).toEqual([{ start: 1, end: 3, key: -1 }]);
    expect(findRuns([], 1)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectTrends } from './detect-trends.js';

describe('detectTrends', () => {
  it('flags all seven points of a strictly rising run +1', () => {
    // 1..7: six rises in a row → a trend of 7.
    expect(detectTrends([1, 2, 3, 4, 5, 6, 7])).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('flags a strictly falling run −1', () => {
    expect(detectTrends([7, 6, 5, 4, 3, 2, 1])).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });

  it('needs seven points: six rising are not a trend', () => {
    expect(detectTrends([1, 2, 3, 4, 5, 6])).toEqual([null, null, null, null, null, null]);
  });

  it('lets a tie break a trend (1,2,3,3,4,5,6,7 has none)', () => {
    // Steps: + + 0 + + + +. The tie splits them into runs of 2 and 4 steps (3 and 5 points).
    expect(detectTrends([1, 2, 3, 3, 4, 5, 6, 7])).toEqual(Array(8).fill(null));
  });

  it('flags only the points of the run', () => {
    // 2 1 2 3 4 5 6 7 3: steps − + + + + + + −; the rising run is points 2..8 (indices 1..7).
    expect(detectTrends([2, 1, 2, 3, 4, 5, 6, 7, 3])).toEqual([null, 1, 1, 1, 1, 1, 1, 1, null]);
  });

  it('gives the turning point between a rise and a fall the later direction', () => {
    // 1..7 then 6..1: rise on indices 0–6, fall on indices 6–12. Index 6 (the peak, 7) is in
    // both and takes the fall's −1, as NHSRplotthedots does.
    expect(detectTrends([1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1])).toEqual([
      1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1,
    ]);
  });

  it('takes another run length when asked', () => {
    // 1..6 with runLength 6: five rises make a trend of 6.
    expect(detectTrends([1, 2, 3, 4, 5, 6], 6)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('returns no flags for no points', () => {
    expect(detectTrends([])).toEqual([]);
  });
});

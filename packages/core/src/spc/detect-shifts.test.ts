import { describe, expect, it } from 'vitest';
import { detectShifts } from './detect-shifts.js';

describe('detectShifts', () => {
  it('flags seven points in a row above the mean +1', () => {
    expect(detectShifts([11, 11, 11, 11, 11, 11, 11], 10)).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('flags seven in a row below the mean −1, and only those', () => {
    // 9 ×7 then 11: indices 0–6 below 10, index 7 above.
    expect(detectShifts([9, 9, 9, 9, 9, 9, 9, 11], 10)).toEqual([-1, -1, -1, -1, -1, -1, -1, null]);
  });

  it('needs seven: six on one side are not a shift', () => {
    expect(detectShifts([9, 9, 9, 9, 9, 9, 11, 11], 10)).toEqual(Array(8).fill(null));
  });

  it('lets a point exactly on the mean break the run', () => {
    // 11 11 11 10 then 11 ×7: the 10 ends a run of 3; indices 4–10 are a run of 7.
    expect(detectShifts([11, 11, 11, 10, 11, 11, 11, 11, 11, 11, 11], 10)).toEqual([
      null,
      null,
      null,
      null,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
    ]);
  });

  it('takes another run length when asked', () => {
    expect(detectShifts([9, 9, 9, 9, 9, 9], 10, 6)).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});

import { describe, expect, it } from 'vitest';
import { detectTwoInThree } from './detect-two-in-three.js';

// Mean 10; 2-sigma lines 14 and 6; limits 16 and 4. "Close" means in (14, 16] or [4, 6).
const limits = { mean: 10, upperTwoSigma: 14, upperLimit: 16, lowerTwoSigma: 6, lowerLimit: 4 };

describe('detectTwoInThree', () => {
  it('flags the two close points of a window all above the mean, not the third', () => {
    // 15 11 15: all > 10; 15 > 14 close, 11 not, 15 close → 2 of 3 → flag indices 0 and 2.
    expect(detectTwoInThree([15, 11, 15], limits)).toEqual([1, null, 1]);
  });

  it('flags below the mean −1', () => {
    // 5 9 4.5: all < 10; 5 < 6 close, 9 not, 4.5 close (≥ 4, not outside) → flags 0 and 2.
    expect(detectTwoInThree([5, 9, 4.5], limits)).toEqual([-1, null, -1]);
  });

  it('needs all three points on the same side of the mean', () => {
    // 15 9 15: 9 is below → no. 15 10 15: 10 is on the mean, on neither side → no.
    expect(detectTwoInThree([15, 9, 15], limits)).toEqual([null, null, null]);
    expect(detectTwoInThree([15, 10, 15], limits)).toEqual([null, null, null]);
  });

  it('does not count a point exactly on a 2-sigma line as beyond it', () => {
    // 14 15 14: only 15 is > 14 → 1 of 3 → no flag.
    expect(detectTwoInThree([14, 15, 14], limits)).toEqual([null, null, null]);
  });

  it('counts a point exactly on a limit as close (it is not outside)', () => {
    // 16 15 11: 16 is not > 16 so not outside, and 16 > 14 → close; 15 close → flags 0 and 1.
    expect(detectTwoInThree([16, 15, 11], limits)).toEqual([1, 1, null]);
  });

  it('does not count a point outside the limits as close (NHSRplotthedots 0.2.2)', () => {
    // 17 15 11: 17 > 16 is outside, so only 15 is close → no flag.
    // 17 15 15: 15 and 15 are close → flags 1 and 2; 17 is left to the outside-limits rule.
    expect(detectTwoInThree([17, 15, 11], limits)).toEqual([null, null, null]);
    expect(detectTwoInThree([17, 15, 15], limits)).toEqual([null, 1, 1]);
  });

  it('looks only at whole windows of three', () => {
    expect(detectTwoInThree([15, 15], limits)).toEqual([null, null]);
  });

  it('never flags when the limits collapse onto the mean (AMR 0)', () => {
    // All lines 10: a point off 10 is outside, a point on 10 is not beyond a 2-sigma line.
    const flat = { mean: 10, upperTwoSigma: 10, upperLimit: 10, lowerTwoSigma: 10, lowerLimit: 10 };
    expect(detectTwoInThree([11, 11, 10, 9, 9], flat)).toEqual([null, null, null, null, null]);
  });
});

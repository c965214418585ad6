import { describe, expect, it } from 'vitest';
import { detectOutsideLimits } from './detect-outside-limits.js';

const limits = { upperLimit: 16, lowerLimit: 4 };

describe('detectOutsideLimits', () => {
  it('flags points above the upper limit +1 and below the lower limit −1', () => {
    // 20 > 16 → +1; 3.99 < 4 → −1; 10 is between → null.
    expect(detectOutsideLimits([10, 20, 3.99], limits)).toEqual([null, 1, -1]);
  });

  it('does not count a point exactly on a limit as outside', () => {
    // 16 is not > 16 and 4 is not < 4; 16.01 > 16 is outside.
    expect(detectOutsideLimits([16, 4, 16.01], limits)).toEqual([null, null, 1]);
  });

  it('flags any point off the mean when the limits collapse onto it (AMR 0)', () => {
    // Limits 50 and 50: 51 > 50 → +1, 49 < 50 → −1, 50 → null.
    expect(detectOutsideLimits([51, 49, 50], { upperLimit: 50, lowerLimit: 50 })).toEqual([
      1,
      -1,
      null,
    ]);
  });
});

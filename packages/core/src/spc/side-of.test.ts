import { describe, expect, it } from 'vitest';
import { sideOf } from './side-of.js';

describe('sideOf', () => {
  it('is +1 above, −1 below and null exactly on the reference', () => {
    // 11 > 10 → +1; 9 < 10 → −1; 10 = 10 → null.
    expect(sideOf(11, 10)).toBe(1);
    expect(sideOf(9, 10)).toBe(-1);
    expect(sideOf(10, 10)).toBeNull();
  });

  it('uses no tolerance: a hair off the line is off it', () => {
    // 10 + 1e-12 > 10 → +1, as R's sign(x − mean) would say.
    expect(sideOf(10 + 1e-12, 10)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { penceToPounds } from './pence.js';

describe('penceToPounds', () => {
  it('divides by 100', () => {
    // 4,467,600p / 100 = £44,676; 247,000p = £2,470; 1p = £0.01.
    expect(penceToPounds(4467600)).toBe(44676);
    expect(penceToPounds(247000)).toBe(2470);
    expect(penceToPounds(1)).toBe(0.01);
    expect(penceToPounds(-120000)).toBe(-1200);
  });
});

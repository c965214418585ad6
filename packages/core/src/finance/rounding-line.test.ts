import { describe, expect, it } from 'vitest';
import { roundingLine } from './rounding-line.js';

describe('roundingLine', () => {
  it('is the shown total less the shown rows', () => {
    // Rows £0.004 × 3 show as £0.00 each; the total £0.012 shows as £0.01: rounding £0.01.
    expect(roundingLine([0.004, 0.004, 0.004], 0.012)).toBe(0.01);
  });

  it('is zero when the rounded rows add up', () => {
    // £1.10 + £2.20 = £3.30 exactly as shown.
    expect(roundingLine([1.1, 2.2], 3.3)).toBe(0);
  });

  it('can be negative', () => {
    // Rows £0.005 and £0.005 show as £0.01 each (half away from zero): £0.02 shown; the total
    // £0.01 shows as £0.01, so the rounding line is −£0.01.
    expect(roundingLine([0.005, 0.005], 0.01)).toBe(-0.01);
  });
});

import { describe, expect, it } from 'vitest';
import { assuranceFor } from './assurance-for.js';

// The worked example's limits, rounded: LPL 91.553, UPL 109.447.
const limits = { lowerLimit: 91.553, upperLimit: 109.447 };

describe('assuranceFor', () => {
  it('reads the worked example targets when lower is better', () => {
    // 95 is between 91.553 and 109.447 → hit and miss.
    // 90 < 91.553: every point will be above the target → consistently fails.
    // 110 > 109.447: every point will be below the target → consistently passes.
    expect(assuranceFor(95, limits, 'lower')).toBe('hit-and-miss');
    expect(assuranceFor(90, limits, 'lower')).toBe('consistently-fails');
    expect(assuranceFor(110, limits, 'lower')).toBe('consistently-passes');
  });

  it('mirrors when higher is better', () => {
    // 90 < LPL: every point above the target → passes; 110 > UPL: every point below → fails.
    expect(assuranceFor(95, limits, 'higher')).toBe('hit-and-miss');
    expect(assuranceFor(90, limits, 'higher')).toBe('consistently-passes');
    expect(assuranceFor(110, limits, 'higher')).toBe('consistently-fails');
  });

  it('treats a target exactly on a limit as hit and miss', () => {
    expect(assuranceFor(109.447, limits, 'lower')).toBe('hit-and-miss');
    expect(assuranceFor(91.553, limits, 'lower')).toBe('hit-and-miss');
    expect(assuranceFor(109.447, limits, 'higher')).toBe('hit-and-miss');
    expect(assuranceFor(91.553, limits, 'higher')).toBe('hit-and-miss');
  });

  it('is null without a usable target', () => {
    expect(assuranceFor(null, limits, 'lower')).toBeNull();
    expect(assuranceFor(undefined, limits, 'lower')).toBeNull();
    expect(assuranceFor(Number.NaN, limits, 'lower')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_THRESHOLDS, ragFor, ragFromAchievement } from './rag.js';

const t = DEFAULT_RAG_THRESHOLDS; // green ≥ 0.95, amber ≥ 0.80

describe('ragFor', () => {
  it('is red for the domestic-abuse example (0.70 < 0.80)', () => {
    // A = 28, F = 40: 28 / 40 = 0.70, below amber 0.80 → red.
    expect(ragFor(28 / 40, 40, t, true)).toBe('red');
  });

  it('is green at or above 0.95 and amber at or above 0.80', () => {
    expect(ragFor(0.95, 40, t, true)).toBe('green');
    expect(ragFor(1.3, 40, t, true)).toBe('green');
    expect(ragFor(0.8, 40, t, true)).toBe('amber');
    expect(ragFor(0.9499, 40, t, true)).toBe('amber');
    expect(ragFor(0.7999, 40, t, true)).toBe('red');
  });

  it('is no-data without a comparable period and no-target when Σ F ≤ 0', () => {
    expect(ragFor(null, 0, t, false)).toBe('no-data');
    expect(ragFor(null, 0, t, true)).toBe('no-target');
    expect(ragFor(null, -12, t, true)).toBe('no-target');
  });

  it('uses the programme thresholds', () => {
    // With green ≥ 0.9, amber ≥ 0.6: 0.7 is amber.
    expect(ragFor(0.7, 40, { green: 0.9, amber: 0.6 }, true)).toBe('amber');
  });
});

describe('ragFromAchievement', () => {
  it('keeps a ratio that is 0.95 up to float noise on the green side', () => {
    // 0.95 computed as a ratio of money sums can arrive a hair below: 0.95 − 1e-15 is still
    // green, while 0.95 − 1e-6 (a real shortfall, 94.9999%) is amber.
    expect(ragFromAchievement(0.95 - 1e-15, t)).toBe('green');
    expect(ragFromAchievement(0.95 - 1e-6, t)).toBe('amber');
    expect(ragFromAchievement(0.5, t)).toBe('red');
  });
});

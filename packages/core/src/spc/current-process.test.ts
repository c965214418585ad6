import { describe, expect, it } from 'vitest';
import { currentProcess } from './current-process.js';

describe('currentProcess', () => {
  // Baseline (fixed on the first 4 points): 10 12 12 10, mean 11. Then eight points at 20 22 …
  // above it: a shift of 8 ≥ 7 from index 4 (index 3, 10, is below the mean and breaks the run).
  const values = [10, 12, 12, 10, 20, 22, 20, 22, 20, 22, 20, 22];

  it('starts the current process where the shift began, with trial limits under 12 points', () => {
    // Current process 20 22 20 22 20 22 20 22: mean 21, ranges all 2 → AMR 2,
    // limits 21 ± 2.66 × 2 = 21 ± 5.32 → 26.32 / 15.68.
    const span = currentProcess(values, { mean: 11 }, 4, false, 7);
    expect(span).toMatchObject({ start: 4, direction: 1, baselinePoints: 8, trial: true });
    expect(span?.limits.mean).toBe(21);
    expect(span?.limits.upperLimit).toBeCloseTo(26.32, 9);
    expect(span?.limits.lowerLimit).toBeCloseTo(15.68, 9);
  });

  it('is null without a run as long as the run length', () => {
    expect(currentProcess(values, { mean: 11 }, 4, false, 9)).toBeNull();
  });

  it('ignores a run wholly inside a fixed baseline', () => {
    // With limits fixed on all 12 points the run (indices 4–11) is wholly inside the baseline: it
    // is the baseline's own variation, not a change since.
    expect(currentProcess(values, { mean: 11 }, 12, false, 7)).toBeNull();
  });

  it('fixes the limits on the first 12 points of a long current process, and moves on again', () => {
    // 4 baseline points (mean 11), then 13 points alternating 20/22 (indices 4–16, ending on 20),
    // then 7 at 30. First shift from index 4: 20 points since, fixed on the first 12 (indices
    // 4–15), mean 21. Against 21, index 16 (20) is below and 17–23 (30) above: a new shift, so the
    // current process starts at index 17: 30 × 7, mean 30, AMR 0 → limits 30 / 30 (trial, 7).
    const longer = [...values, 20, 22, 20, 22, 20, 30, 30, 30, 30, 30, 30, 30];
    const span = currentProcess(longer, { mean: 11 }, 4, false, 7);
    expect(span).toMatchObject({ start: 17, baselinePoints: 7, trial: true });
    expect(span?.limits.mean).toBe(30);
  });

  it('fixes on 12 points once there are 12 since the shift', () => {
    // 4 baseline points then 13 points alternating 20/22 (ending on 20): fixed on the first 12:
    // mean 21, AMR 2.
    const thirteen = [10, 12, 12, 10, ...Array.from({ length: 13 }, (_, i) => (i % 2 ? 22 : 20))];
    const span = currentProcess(thirteen, { mean: 11 }, 4, false, 7);
    expect(span).toMatchObject({ start: 4, baselinePoints: 12, trial: false });
    expect(span?.limits.mean).toBe(21);
    expect(span?.limits.averageMovingRange).toBe(2);
  });
});

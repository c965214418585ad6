import { describe, expect, it } from 'vitest';
import { achievement } from './achievement.js';

describe('achievement', () => {
  it('is Σ A / Σ F: the domestic-abuse example', () => {
    // Baseline 290/quarter, growth 0, forecast 250, actual 262: F = 40, A = 28, 28 / 40 = 0.70.
    expect(achievement([28], [40])).toEqual({
      achievement: 0.7,
      status: 'measured',
      actualSum: 28,
      forecastSum: 40,
    });
  });

  it('sums before dividing, so periods weigh by their forecast', () => {
    // A = 28 + 50 = 78; F = 40 + 40 = 80; 78 / 80 = 0.975.
    expect(achievement([28, 50], [40, 40]).achievement).toBe(0.975);
  });

  it('is no-data with no comparable period', () => {
    expect(achievement([], [])).toEqual({
      achievement: null,
      status: 'no-data',
      actualSum: 0,
      forecastSum: 0,
    });
  });

  it('is no-target when the forecast improvement sums to zero or less', () => {
    // F = 10 + (−10) = 0 → no target; F = −5 → no target.
    expect(achievement([3, 4], [10, -10]).status).toBe('no-target');
    expect(achievement([3], [-5])).toMatchObject({ achievement: null, status: 'no-target' });
  });

  it('refuses unpaired inputs', () => {
    expect(() => achievement([1, 2], [1])).toThrow('one actual per forecast');
  });
});

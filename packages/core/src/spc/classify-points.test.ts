import { describe, expect, it } from 'vitest';
import { classifyPoints } from './classify-points.js';
import { xmrLimits } from './xmr-limits.js';

// Mean 10; 2-sigma lines 14 and 6; limits 16 and 4.
const limits = { mean: 10, upperTwoSigma: 14, upperLimit: 16, lowerTwoSigma: 6, lowerLimit: 4 };

describe('classifyPoints', () => {
  it('labels the worked example (methods.md §4.4)', () => {
    // Limits from the first 12 points: mean 100.5, LPL 91.553, lower 2-sigma 94.535.
    // Points 13–20 (95 94 96 93 95 94 92 80) are all below 100.5: a run of 8 → shift.
    // Close to the lower limit (< 94.535, ≥ 91.553): 94 (14), 93 (16), 94 (18), 92 (19).
    // Windows of three, all below the mean, with ≥ 2 close: 14–16 (94 96 93) → 14, 16;
    // 16–18 (93 95 94) → 16, 18; 17–19 (95 94 92) → 18, 19; 18–20 (94 92 80; 80 is outside,
    // not close) → 18, 19. So 14, 16, 18, 19 are two-in-three, outranking the shift.
    // 80 < 91.553 → 20 is outside the limits. 13, 15, 17 stay shift. No trend anywhere.
    const values = [
      100, 104, 98, 102, 99, 101, 103, 97, 100, 102, 99, 101, 95, 94, 96, 93, 95, 94, 92, 80,
    ];
    const labels = classifyPoints(values, xmrLimits(values.slice(0, 12)));
    expect(labels.map((l) => l.rule)).toEqual([
      ...Array(12).fill(null),
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'two-in-three',
      'outside-limits',
    ]);
    expect(labels.map((l) => l.direction)).toEqual([...Array(12).fill(null), ...Array(8).fill(-1)]);
  });

  it('ranks a trend above two-in-three and shift', () => {
    // 11 12 13 14.5 15 15.5 15.9: rising (trend), all above 10 (shift), and 14.5, 15, 15.5,
    // 15.9 are close (two-in-three). Trend wins everywhere.
    const labels = classifyPoints([11, 12, 13, 14.5, 15, 15.5, 15.9], limits);
    expect(labels).toEqual(Array(7).fill({ rule: 'trend', direction: 1 }));
  });

  it('gives a trend its own direction, not its side of the mean', () => {
    // 15.9 15.5 15 14.5 13 12 11: falling (−1) while every point is above the mean (+1).
    const labels = classifyPoints([15.9, 15.5, 15, 14.5, 13, 12, 11], limits);
    expect(labels).toEqual(Array(7).fill({ rule: 'trend', direction: -1 }));
  });

  it('ranks outside the limits above a trend', () => {
    // 11..17 rising: 17 > 16 is outside; the other six are the trend.
    const labels = classifyPoints([11, 12, 13, 14, 15, 16, 17], limits);
    expect(labels.map((l) => l.rule)).toEqual([...Array(6).fill('trend'), 'outside-limits']);
    expect(labels[6]).toEqual({ rule: 'outside-limits', direction: 1 });
  });

  it('leaves common cause points unlabelled', () => {
    expect(classifyPoints([9, 11, 10], limits)).toEqual(
      Array(3).fill({ rule: null, direction: null }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Polarity } from '../domain.js';
import { nextPeriodStart } from '../periods/period.js';
import { analyseSpc } from './analyse-spc.js';
import type { SpcInputPoint } from './types.js';

/** Monthly points from `first`, one per value. */
function monthly(first: string, values: readonly number[]): SpcInputPoint[] {
  let periodStart = first;
  return values.map((value) => {
    const point = { periodStart, value };
    periodStart = nextPeriodStart(periodStart, 'month');
    return point;
  });
}

// methods.md §4.4: monthly incidents, Apr 2013 .. Nov 2014. The programme's first financial
// year starts 2014-04-01, so the 12 months Apr 2013 .. Mar 2014 are the baseline.
const WORKED = monthly(
  '2013-04-01',
  [100, 104, 98, 102, 99, 101, 103, 97, 100, 102, 99, 101, 95, 94, 96, 93, 95, 94, 92, 80],
);

function worked(polarity: Polarity, target?: number | null) {
  const result = analyseSpc({ points: WORKED, polarity, limitsBefore: '2014-04-01', target });
  if (!result) throw new Error('expected a result');
  return result;
}

describe('analyseSpc: the worked example', () => {
  it('fixes the limits on the first 12 points', () => {
    // Mean 1206 / 12 = 100.5; AMR 37 / 11 = 3.3636 (no range ≥ 3.267 × 3.3636 = 10.989).
    // 100.5 ± 2.66 × 3.3636 = 100.5 ± 8.9473 → 109.447 / 91.553.
    // 100.5 ± 1.7733 × 3.3636 = 100.5 ± 5.9648 → 106.465 / 94.535.
    const r = worked('lower');
    expect(r.mean).toBeCloseTo(100.5, 3);
    expect(r.upperLimit).toBeCloseTo(109.447, 3);
    expect(r.lowerLimit).toBeCloseTo(91.553, 3);
    expect(r.upperTwoSigma).toBeCloseTo(106.465, 3);
    expect(r.lowerTwoSigma).toBeCloseTo(94.535, 3);
    expect(r.trial).toBe(false);
    expect(r.limitsFrom).toBe('2013-04-01');
    expect(r.limitsTo).toBe('2014-03-01');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]).toMatchObject({
      from: '2013-04-01',
      to: '2014-11-01',
      baselinePoints: 12,
      rebaseReason: null,
    });
    expect(r.groups[0]?.averageMovingRange).toBeCloseTo(37 / 11, 12);
  });

  it('labels points 1–20 exactly', () => {
    // Shift: 13–20 all below 100.5. Two-in-three (close: < 94.535, ≥ 91.553): 14, 16, 18, 19.
    // Outside: 20 (80 < 91.553). Precedence leaves 13, 15, 17 as shift.
    const r = worked('lower');
    expect(r.points.map((p) => p.rule)).toEqual([
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
    // All eight flags are below the mean (−1); lower is better (−1): −1 × −1 = +1 → improvement.
    expect(r.points.map((p) => p.signal)).toEqual([
      ...Array(12).fill(null),
      ...Array(8).fill('improvement'),
    ]);
    expect(r.variation).toBe('special-cause-improvement');
  });

  it('extends the baseline limits over every later point', () => {
    const r = worked('lower');
    const last = r.points[19];
    expect(last).toMatchObject({ periodStart: '2014-11-01', value: 80, group: 0 });
    expect(last?.upperLimit).toBe(r.upperLimit);
    expect(last?.lowerLimit).toBe(r.lowerLimit);
    expect(last?.mean).toBe(r.mean);
  });

  it('judges assurance on the current process after the sustained shift (points 13–20)', () => {
    // Points 13–20 run below the mean 100.5 for 8 ≥ 7 points: a sustained shift from May 2014,
    // so the process now is those 8 points, fewer than 12 → trial limits on all of them:
    //   mean 739 / 8 = 92.375; ranges 1 2 3 2 1 2 12, AMR 23 / 7 = 3.2857; 12 ≥ 3.267 × 3.2857 =
    //   10.734 is screened out: AMR 11 / 6 = 1.8333; limits 92.375 ± 2.66 × 1.8333 = ± 4.8767 →
    //   97.2517 / 87.4983.
    const r = worked('lower', 90);
    expect(r.currentProcess).toMatchObject({
      shiftFrom: '2014-04-01',
      signal: 'improvement',
      limitsFrom: '2014-04-01',
      limitsTo: '2014-11-01',
      baselinePoints: 8,
      trial: true,
    });
    expect(r.currentProcess?.mean).toBeCloseTo(92.375, 9);
    expect(r.currentProcess?.averageMovingRange).toBeCloseTo(11 / 6, 9);
    expect(r.currentProcess?.upperLimit).toBeCloseTo(97.2517, 4);
    expect(r.currentProcess?.lowerLimit).toBeCloseTo(87.4983, 4);
    // The chart's limits stay those of the baseline: the shift is still shown as a change.
    expect(r.upperLimit).toBeCloseTo(109.447, 3);
    // Lower is better. 90 is inside the current limits → hit and miss (it read "consistently
    // fails" against the old limits, although the process now runs around 92); 98 > 97.2517 →
    // consistently passes; 85 < 87.4983 → consistently fails.
    expect(r.assurance).toBe('hit-and-miss');
    expect(worked('lower', 98).assurance).toBe('consistently-passes');
    expect(worked('lower', 85).assurance).toBe('consistently-fails');
    expect(worked('lower').assurance).toBeNull();
    expect(worked('lower', null).assurance).toBeNull();
  });

  it('gives the three assurances of the worked example against the fixed limits', () => {
    // The first 18 points have only 6 below the mean, no shift at the default run length 7, so
    // the limits are the baseline's: 95 between them → hit and miss; 90 < 91.553 → consistently
    // fails; 110 > 109.447 → consistently passes.
    const judged = (target: number) =>
      analyseSpc({
        points: WORKED.slice(0, 18),
        polarity: 'lower',
        limitsBefore: '2014-04-01',
        target,
      })?.assurance;
    expect(
      analyseSpc({ points: WORKED.slice(0, 18), polarity: 'lower', limitsBefore: '2014-04-01' })
        ?.currentProcess,
    ).toBeNull();
    expect(judged(95)).toBe('hit-and-miss');
    expect(judged(90)).toBe('consistently-fails');
    expect(judged(110)).toBe('consistently-passes');
  });

  it('mirrors signal, variation and assurance when higher is better', () => {
    // Below the mean (−1) × higher is better (+1) = −1 → concern.
    const r = worked('higher', 95);
    expect(r.points.map((p) => p.signal)).toEqual([
      ...Array(12).fill(null),
      ...Array(8).fill('concern'),
    ]);
    expect(r.variation).toBe('special-cause-concern');
    expect(r.currentProcess?.signal).toBe('concern');
    // Against the current process's limits 87.4983 / 97.2517 (see above).
    expect(r.assurance).toBe('hit-and-miss');
    expect(worked('higher', 85).assurance).toBe('consistently-passes');
    expect(worked('higher', 98).assurance).toBe('consistently-fails');
  });

  it('sorts points given out of order', () => {
    const shuffled = [...WORKED].reverse();
    const r = analyseSpc({ points: shuffled, polarity: 'lower', limitsBefore: '2014-04-01' });
    expect(r).toEqual(worked('lower'));
  });
});

describe('analyseSpc: baselines', () => {
  it('uses trial limits on all points when fewer than 12 precede the programme', () => {
    // Same data, programme from 2014-03-01: only 11 points before → trial on all 20.
    // Mean (1206 + 95+94+96+93+95+94+92+80) / 20 = (1206 + 739) / 20 = 97.25.
    // Ranges: the baseline's 37, then 6 1 2 3 2 1 2 12 → 66 over 19, AMR 3.4737.
    // 12 ≥ 3.267 × 3.4737 = 11.348 is screened out: AMR = 54 / 18 = 3.
    // Limits 97.25 ± 2.66 × 3 = 97.25 ± 7.98 → 105.23 / 89.27.
    const r = analyseSpc({ points: WORKED, polarity: 'lower', limitsBefore: '2014-03-01' });
    expect(r?.trial).toBe(true);
    expect(r?.groups[0]?.baselinePoints).toBe(20);
    expect(r?.limitsTo).toBe('2014-11-01');
    expect(r?.mean).toBeCloseTo(97.25, 10);
    expect(r?.groups[0]?.averageMovingRange).toBeCloseTo(3, 10);
    expect(r?.upperLimit).toBeCloseTo(105.23, 10);
    expect(r?.lowerLimit).toBeCloseTo(89.27, 10);
  });

  it('gives trial limits on a short series, using all its points', () => {
    // 10 12 11 13 12 with no programme start: mean 58 / 5 = 11.6; ranges 2 1 2 1, AMR 1.5.
    // Limits 11.6 ± 2.66 × 1.5 = 11.6 ± 3.99 → 15.59 / 7.61; 2-sigma 11.6 ± 2.66 → 14.26 / 8.94.
    // Target 16 > 15.59 with lower is better → consistently passes.
    const r = analyseSpc({
      points: monthly('2014-04-01', [10, 12, 11, 13, 12]),
      polarity: 'lower',
      limitsBefore: null,
      target: 16,
    });
    expect(r).toMatchObject({ trial: true, limitsFrom: '2014-04-01', limitsTo: '2014-08-01' });
    expect(r?.groups[0]?.baselinePoints).toBe(5);
    expect(r?.mean).toBeCloseTo(11.6, 10);
    expect(r?.upperLimit).toBeCloseTo(15.59, 10);
    expect(r?.lowerLimit).toBeCloseTo(7.61, 10);
    expect(r?.upperTwoSigma).toBeCloseTo(14.26, 10);
    expect(r?.lowerTwoSigma).toBeCloseTo(8.94, 10);
    expect(r?.points.every((p) => p.rule === null)).toBe(true);
    expect(r?.variation).toBe('common-cause');
    expect(r?.assurance).toBe('consistently-passes');
  });

  it('is null with fewer than two points', () => {
    const one = monthly('2014-04-01', [10]);
    expect(analyseSpc({ points: one, polarity: 'lower', limitsBefore: null })).toBeNull();
    expect(analyseSpc({ points: [], polarity: 'lower', limitsBefore: null })).toBeNull();
  });

  it('refuses a duplicate period', () => {
    const points = [...monthly('2014-04-01', [10, 11]), { periodStart: '2014-04-01', value: 9 }];
    expect(() => analyseSpc({ points, polarity: 'lower', limitsBefore: null })).toThrow(RangeError);
  });
});

describe('analyseSpc: an all-equal baseline', () => {
  it('puts every line on the mean and flags any point off it', () => {
    // 12 × 50: mean 50, AMR 0 → limits and 2-sigma lines all 50. Then 50 51 50 49:
    // 50 is on the mean (no rule, and it breaks any shift); 51 > 50 is outside, above (+1) ×
    // lower is better (−1) → concern; 49 < 50 is outside, below → improvement.
    const r = analyseSpc({
      points: monthly('2013-04-01', [...Array(12).fill(50), 50, 51, 50, 49]),
      polarity: 'lower',
      limitsBefore: '2014-04-01',
      target: 50,
    });
    expect(r).toMatchObject({ mean: 50, upperLimit: 50, lowerLimit: 50, trial: false });
    expect(r?.points.map((p) => p.rule)).toEqual([
      ...Array(13).fill(null),
      'outside-limits',
      null,
      'outside-limits',
    ]);
    expect(r?.points[13]?.signal).toBe('concern');
    expect(r?.points[15]?.signal).toBe('improvement');
    expect(r?.variation).toBe('special-cause-improvement');
    // Target 50 is on both limits: not above, not below → hit and miss.
    expect(r?.assurance).toBe('hit-and-miss');
  });
});

describe('analyseSpc: trends', () => {
  // Baseline 10 12 10 12 …: mean 132 / 12 = 11, ranges all 2, AMR 2;
  // limits 11 ± 5.32 → 16.32 / 5.68; 2-sigma 11 ± 3.5467 → 14.5467 / 7.4533.
  // Then 9 9.5 10 10.5 11 11.5 12: six rises → trend (13–19, increasing). No shift (11 is on
  // the mean, and the run crosses it); nothing near the limits; 12 → 9 is a fall, so 12 is
  // not part of the trend.
  const points = monthly('2013-04-01', [
    ...[10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12],
    ...[9, 9.5, 10, 10.5, 11, 11.5, 12],
  ]);

  it('reads a rising trend as a concern when lower is better', () => {
    // Increasing (+1) × lower is better (−1) = −1 → concern.
    const r = analyseSpc({ points, polarity: 'lower', limitsBefore: '2014-04-01' });
    expect(r?.points.map((p) => p.rule)).toEqual([
      ...Array(12).fill(null),
      ...Array(7).fill('trend'),
    ]);
    expect(r?.points.slice(12).every((p) => p.signal === 'concern')).toBe(true);
    expect(r?.variation).toBe('special-cause-concern');
  });

  it('reads the same trend as an improvement when higher is better', () => {
    // Increasing (+1) × higher is better (+1) = +1 → improvement.
    const r = analyseSpc({ points, polarity: 'higher', limitsBefore: '2014-04-01' });
    expect(r?.points.slice(12).every((p) => p.signal === 'improvement')).toBe(true);
    expect(r?.variation).toBe('special-cause-improvement');
  });
});

describe('analyseSpc: rebasing', () => {
  // Group 0 (Apr 2013 .. Jul 2014): baseline 10 12 ×6 (mean 11, AMR 2, limits 16.32 / 5.68),
  // then 12 12 12 12. Group 1 (Aug 2014 .. Jul 2015, rebased): 12 12 12 10 11 10 11 10 11 10 11 10.
  const points = monthly('2013-04-01', [
    ...[10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 12, 12, 12, 12],
    ...[12, 12, 12, 10, 11, 10, 11, 10, 11, 10, 11, 10],
  ]);
  const rebases = [{ periodStart: '2014-08-01', reason: 'New referral pathway' }];

  it('gives each group its own limits and baseline', () => {
    // Group 1's first 12 points: sum 3 × 12 + 5 × 10 + 4 × 11 = 36 + 50 + 44 = 130, mean
    // 130 / 12 = 10.8333. Ranges 0 0 2 1 1 1 1 1 1 1 1 = 10 over 11, AMR 0.90909 (2 < 3.267
    // × 0.909 = 2.970 is kept). Limits 10.8333 ± 2.66 × 0.90909 = 10.8333 ± 2.41818 →
    // 13.2515 / 8.4152; 2-sigma 10.8333 ± 1.61212 → 12.4455 / 9.2212.
    const r = analyseSpc({ points, polarity: 'lower', limitsBefore: '2014-04-01', rebases });
    expect(r?.groups).toHaveLength(2);
    expect(r?.groups[0]).toMatchObject({
      from: '2013-04-01',
      to: '2014-07-01',
      limitsFrom: '2013-04-01',
      limitsTo: '2014-03-01',
      baselinePoints: 12,
      trial: false,
      mean: 11,
      averageMovingRange: 2,
      rebaseReason: null,
    });
    expect(r?.groups[0]?.upperLimit).toBeCloseTo(16.32, 10);
    expect(r?.groups[1]).toMatchObject({
      from: '2014-08-01',
      to: '2015-07-01',
      limitsFrom: '2014-08-01',
      limitsTo: '2015-07-01',
      baselinePoints: 12,
      trial: false,
      rebaseReason: 'New referral pathway',
    });
    expect(r?.groups[1]?.mean).toBeCloseTo(130 / 12, 10);
    expect(r?.groups[1]?.averageMovingRange).toBeCloseTo(10 / 11, 10);
    expect(r?.groups[1]?.upperLimit).toBeCloseTo(13.2515, 4);
    expect(r?.groups[1]?.lowerLimit).toBeCloseTo(8.4152, 4);
    // The flattened limits are the latest group's.
    expect(r?.mean).toBe(r?.groups[1]?.mean);
    expect(r?.upperLimit).toBe(r?.groups[1]?.upperLimit);
    expect(r?.limitsFrom).toBe('2014-08-01');
    expect(r?.points.map((p) => p.group)).toEqual([...Array(16).fill(0), ...Array(12).fill(1)]);
    expect(r?.points[16]?.mean).toBe(r?.groups[1]?.mean);
  });

  it('does not let a run of 7 cross the rebase', () => {
    // Points 12–16 (group 0) are above 11: a run of 5. Points 17–19 (group 1) are above
    // 10.8333: a run of 3. 5 + 3 = 8 in a row, but the groups are read apart: no shift.
    const r = analyseSpc({ points, polarity: 'lower', limitsBefore: '2014-04-01', rebases });
    expect(r?.points.every((p) => p.rule === null)).toBe(true);
    expect(r?.variation).toBe('common-cause');
  });

  it('would flag those points as a shift without the rebase', () => {
    // One group on mean 11: points 12–19 are all 12 (above) → a run of 8 → shift; above (+1)
    // × lower is better (−1) → concern. Point 20 (10) ends the run.
    const r = analyseSpc({ points, polarity: 'lower', limitsBefore: '2014-04-01' });
    expect(r?.points.map((p) => p.rule)).toEqual([
      ...Array(11).fill(null),
      ...Array(8).fill('shift'),
      ...Array(9).fill(null),
    ]);
    expect(r?.points[11]?.signal).toBe('concern');
  });

  it('fixes a short rebase group on trial limits from all its points', () => {
    // Rebase at Apr 2015 leaves group 1 with 4 points: 11 10 11 10 → trial on all 4.
    // Mean 42 / 4 = 10.5; ranges 1 1 1, AMR 1; limits 10.5 ± 2.66 → 13.16 / 7.84.
    const r = analyseSpc({
      points,
      polarity: 'lower',
      limitsBefore: '2014-04-01',
      rebases: [{ periodStart: '2015-04-01', reason: 'Short' }],
    });
    expect(r?.groups[1]).toMatchObject({ baselinePoints: 4, trial: true, mean: 10.5 });
    expect(r?.trial).toBe(true);
    expect(r?.upperLimit).toBeCloseTo(13.16, 10);
    expect(r?.lowerLimit).toBeCloseTo(7.84, 10);
  });
});

describe("analyseSpc: the programme's shift run length", () => {
  // First 18 points; points 13–18 (95 94 96 93 95 94) are 6 below the mean 100.5.
  const first18 = (runLength?: number) =>
    analyseSpc({
      points: WORKED.slice(0, 18),
      polarity: 'lower',
      limitsBefore: '2014-04-01',
      target: 90,
      runLength,
    });

  it('with 6, six points in a row are a shift and start the current process', () => {
    // Current process 95 94 96 93 95 94: mean 567 / 6 = 94.5; ranges 1 2 3 2 1, AMR 9 / 5 = 1.8
    // (none ≥ 3.267 × 1.8 = 5.88); limits 94.5 ± 2.66 × 1.8 = ± 4.788 → 99.288 / 89.712.
    // Target 90 is inside → hit and miss (against the baseline it would fail: 90 < 91.553).
    const r = first18(6);
    expect(r?.runLength).toBe(6);
    expect(r?.points.slice(12).map((p) => p.rule)).toEqual([
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
      'shift',
      'two-in-three',
    ]);
    expect(r?.currentProcess).toMatchObject({ shiftFrom: '2014-04-01', baselinePoints: 6 });
    expect(r?.currentProcess?.upperLimit).toBeCloseTo(99.288, 9);
    expect(r?.currentProcess?.lowerLimit).toBeCloseTo(89.712, 9);
    expect(r?.assurance).toBe('hit-and-miss');
  });

  it('with 7 (the default), the same six points are not a shift', () => {
    const r = first18();
    expect(r?.runLength).toBe(7);
    expect(r?.points.slice(12).map((p) => p.rule)).toEqual([
      null,
      'two-in-three',
      null,
      'two-in-three',
      null,
      'two-in-three',
    ]);
    expect(r?.currentProcess).toBeNull();
    expect(r?.assurance).toBe('consistently-fails');
  });
});

describe('analyseSpc: a yearly metric', () => {
  // Language delay, % of children, lower is better; programme from 2013-14. Three years before it:
  // 15.1 14.3 14.4 → trial limits on those three only: mean 43.8 / 3 = 14.6; ranges 0.8 0.1,
  // AMR 0.45 (none ≥ 3.267 × 0.45 = 1.47); limits 14.6 ± 2.66 × 0.45 = ± 1.197 → 15.797 / 13.403.
  // Trial limits on all seven years would have been mean 96.5 / 7 = 13.786, the programme's own
  // improvement pulling the centre line down to meet it.
  const years = ['2010', '2011', '2012', '2013', '2014', '2015', '2016'].map((y) => `${y}-04-01`);
  const values = [15.1, 14.3, 14.4, 14.0, 13.2, 13.0, 12.5];
  const points = years.map((periodStart, i) => ({ periodStart, value: values[i] as number }));

  it('fixes trial limits on the years before the programme only', () => {
    const r = analyseSpc({
      points,
      polarity: 'lower',
      limitsBefore: '2013-04-01',
      frequency: 'year',
    });
    expect(r?.trial).toBe(true);
    expect(r?.limitsTo).toBe('2012-04-01');
    expect(r?.groups[0]?.baselinePoints).toBe(3);
    expect(r?.mean).toBeCloseTo(14.6, 9);
    expect(r?.upperLimit).toBeCloseTo(15.797, 9);
    expect(r?.lowerLimit).toBeCloseTo(13.403, 9);
    // 13.2, 13.0 and 12.5 are below 13.403: improvement, and so is the last point's icon.
    expect(r?.points.map((p) => p.rule)).toEqual([
      null,
      null,
      null,
      null,
      'outside-limits',
      'outside-limits',
      'outside-limits',
    ]);
    expect(r?.variation).toBe('special-cause-improvement');
  });

  it('has no limits with fewer than two years before the programme', () => {
    const late = analyseSpc({
      points: points.slice(2),
      polarity: 'lower',
      limitsBefore: '2013-04-01',
      frequency: 'year',
    });
    expect(late).toBeNull();
  });

  it('a monthly or quarterly metric still takes trial limits on all its points', () => {
    const r = analyseSpc({ points, polarity: 'lower', limitsBefore: '2013-04-01' });
    expect(r?.groups[0]?.baselinePoints).toBe(7);
    expect(r?.mean).toBeCloseTo(96.5 / 7, 9);
  });
});

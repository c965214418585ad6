import { describe, expect, it } from 'vitest';
import { analyseSpc } from './analyse-spc.js';
import { forecastIncrement, periodIncrements } from './increments.js';
import { metricSpcSeries } from './metric-spc-series.js';

// Families with results achieved (cumulative), quarterly, from the demonstration pack.
const RUNNING_TOTAL = [
  { periodStart: '2016-04-01', value: 490 },
  { periodStart: '2016-07-01', value: 507 },
  { periodStart: '2016-10-01', value: 525 },
  { periodStart: '2017-01-01', value: 525 },
];

describe('periodIncrements', () => {
  it('takes what each quarter added: 507 − 490 = 17, 525 − 507 = 18, 525 − 525 = 0', () => {
    expect(periodIncrements(RUNNING_TOTAL, 'quarter')).toEqual([
      { periodStart: '2016-07-01', value: 17 },
      { periodStart: '2016-10-01', value: 18 },
      { periodStart: '2017-01-01', value: 0 },
    ]);
  });

  it('leaves out a difference across a missing return (it spans two quarters)', () => {
    // Without Q3 2016-17, 525 − 507 would be two quarters' increments read as one.
    const gap = RUNNING_TOTAL.filter((p) => p.periodStart !== '2016-10-01');
    expect(periodIncrements(gap, 'quarter')).toEqual([{ periodStart: '2016-07-01', value: 17 }]);
  });

  it('sorts its input', () => {
    expect(periodIncrements([...RUNNING_TOTAL].reverse(), 'quarter')).toHaveLength(3);
  });
});

describe('forecastIncrement', () => {
  const forecasts = new Map([
    ['2013-04-01', 30],
    ['2013-07-01', 70],
  ]);
  it('is forecast(t) − forecast(t − 1): 70 − 30 = 40', () => {
    expect(forecastIncrement(forecasts, '2013-07-01', 'quarter')).toBe(40);
  });
  it('is null for the first forecast period and a period with no forecast', () => {
    expect(forecastIncrement(forecasts, '2013-04-01', 'quarter')).toBeNull();
    expect(forecastIncrement(forecasts, '2013-10-01', 'quarter')).toBeNull();
  });
});

describe('a cumulative metric on an XmR chart', () => {
  // Running total: 0 for eight quarters before the programme (2011-04 .. 2013-01), then
  // 23, 56, 90, 123 ... (the demonstration pack's first programme year). Charted as the running
  // total, the eight zeros give mean 0 and AMR 0: limits of zero width, and every later point is
  // "outside the limits". As increments: 0 × 7 (the first zero has no increment), 23, 33, 34, 33.
  const starts = [
    '2011-04-01',
    '2011-07-01',
    '2011-10-01',
    '2012-01-01',
    '2012-04-01',
    '2012-07-01',
    '2012-10-01',
    '2013-01-01',
    '2013-04-01',
    '2013-07-01',
    '2013-10-01',
    '2014-01-01',
  ];
  const totals = [0, 0, 0, 0, 0, 0, 0, 0, 23, 56, 90, 123];
  const forecast: Record<string, number> = { '2013-10-01': 110, '2014-01-01': 150 };
  const periods = starts.map((periodStart, i) => ({
    periodStart,
    label: periodStart,
    toDate: true,
    actual: totals[i] as number,
    forecast: forecast[periodStart] ?? null,
  }));

  it('is analysed as per-period increments, with the forecast increment as its target', () => {
    const series = metricSpcSeries({ frequency: 'quarter', cumulative: true }, periods);
    expect(series.measure).toBe('increments');
    expect(series.points.map((p) => p.value)).toEqual([0, 0, 0, 0, 0, 0, 0, 23, 33, 34, 33]);
    // 150 − 110 = 40 families expected in Q4 2013-14.
    expect(series.target).toEqual({ periodStart: '2014-01-01', label: '2014-01-01', value: 40 });
  });

  it('charts the running total as given when the metric is not cumulative', () => {
    const series = metricSpcSeries({ frequency: 'quarter' }, periods);
    expect(series.measure).toBe('values');
    expect(series.points.map((p) => p.value)).toEqual(totals);
    expect(series.target?.value).toBe(150);
  });

  it('the increments give the chart limits of the process, not of zero width', () => {
    // Trial limits (7 increments before 2013-04-01 < 12) on all 11 increments:
    //   mean (23 + 33 + 34 + 33) / 11 = 123 / 11 = 11.1818;
    //   ranges 0 × 6, 23, 10, 1, 1 → 35 / 10 = 3.5; 23 ≥ 3.267 × 3.5 = 11.43 is screened out:
    //   AMR 12 / 9 = 1.3333; limits 11.1818 ± 2.66 × 1.3333 = ± 3.5467 → 14.7285 / 7.6352.
    const series = metricSpcSeries({ frequency: 'quarter', cumulative: true }, periods);
    const r = analyseSpc({
      points: series.points,
      polarity: 'higher',
      limitsBefore: '2013-04-01',
      target: series.target?.value ?? null,
      measure: series.measure,
    });
    expect(r?.measure).toBe('increments');
    expect(r?.mean).toBeCloseTo(123 / 11, 9);
    expect(r?.groups[0]?.averageMovingRange).toBeCloseTo(12 / 9, 9);
    expect(r?.upperLimit).toBeCloseTo(123 / 11 + 2.66 * (12 / 9), 9);
    expect(r?.upperLimit).toBeGreaterThan(r?.lowerLimit ?? Infinity);
    // The running total's eight flat quarters, by contrast, give limits of zero width (0 / 0).
    const flat = analyseSpc({
      points: periods.slice(0, 8).map((p) => ({ periodStart: p.periodStart, value: p.actual })),
      polarity: 'higher',
      limitsBefore: null,
    });
    expect(flat?.upperLimit).toBe(0);
    expect(flat?.lowerLimit).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { pointsInOrder } from './points-in-order.js';

describe('pointsInOrder', () => {
  it('returns a copy sorted by period, leaving the input alone', () => {
    const input = [
      { periodStart: '2014-03-01', value: 3 },
      { periodStart: '2014-01-01', value: 1 },
      { periodStart: '2014-02-01', value: 2 },
    ];
    expect(pointsInOrder(input).map((p) => p.value)).toEqual([1, 2, 3]);
    expect(input.map((p) => p.value)).toEqual([3, 1, 2]);
  });

  it('refuses two points for the same period', () => {
    const input = [
      { periodStart: '2014-01-01', value: 1 },
      { periodStart: '2014-01-01', value: 2 },
    ];
    expect(() => pointsInOrder(input)).toThrow(RangeError);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => pointsInOrder([{ periodStart: '2014-01-01', value: Number.NaN }])).toThrow(
      RangeError,
    );
    expect(() =>
      pointsInOrder([{ periodStart: '2014-01-01', value: Number.POSITIVE_INFINITY }]),
    ).toThrow(RangeError);
  });
});

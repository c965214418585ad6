import { describe, expect, it } from 'vitest';
import { fromPence, toPence } from './to-pence.js';

describe('toPence', () => {
  it('rounds to whole pence half away from zero', () => {
    // £100 / 3 = 33.333… → 3,333p; £1.005 is a half penny → 101p; −£2.675 → −268p.
    expect(toPence(100 / 3)).toBe(3333);
    expect(toPence(1.005)).toBe(101);
    expect(toPence(-2.675)).toBe(-268);
    // £3,556.80 (0.4 × £8,892) is already pence: 355,680p.
    expect(toPence(8892 * 0.4)).toBe(355680);
  });

  it('counts a missing amount as nothing', () => {
    expect(toPence(null)).toBe(0);
  });
});

describe('fromPence', () => {
  it('divides by 100 and never gives negative zero', () => {
    // 9,999p = £99.99; 1p = £0.01.
    expect(fromPence(9999)).toBe(99.99);
    expect(fromPence(1)).toBe(0.01);
    expect(Object.is(fromPence(-0), 0)).toBe(true);
  });
});

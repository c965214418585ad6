import { describe, expect, it } from 'vitest';
import { parsePence } from '../src/pack/money.js';

describe('parsePence', () => {
  it.each([
    ['13160', 1_316_000], // £13,160 = 13160 × 100 pence
    ['0.1', 10], // 0.1 pounds is 10p, not 10.000000000000002 through a float
    ['0.07', 7], // 0.07 × 100 = 7.000000000000001 in floating point; from the digits it is 7
    ['2361.50', 236_150],
    ['2361.5', 236_150],
    ['0', 0],
    ['1.10', 110],
    ['90071992547409.91', 9_007_199_254_740_991], // Number.MAX_SAFE_INTEGER pence
  ])('%s pounds is %i pence', (text, pence) => {
    expect(parsePence(text)).toEqual({ ok: true, pence });
  });

  it.each([
    ['13160.125', 'has more than 2 decimal places'],
    ['-4', 'amounts cannot be negative'],
    ['£13160', 'is not an amount in pounds'],
    ['13,160', 'is not an amount in pounds'],
    ['1e3', 'is not an amount in pounds'],
    ['.5', 'is not an amount in pounds'],
    [' 5', 'is not an amount in pounds'],
    ['', 'is not an amount in pounds'],
    ['90071992547409.92', 'is too large'],
  ])('%j is refused: %s', (text, message) => {
    const result = parsePence(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

import { describe, expect, it } from 'vitest';
import { roundToPence } from '../../money/round.js';
import { presentValue } from './present-value.js';

describe('presentValue (methods.md example C, r = 3.5%, t from 0)', () => {
  it('discounts costs £500k, £300k, £300k', () => {
    // 500,000 + 300,000 / 1.035 + 300,000 / 1.035²
    // = 500,000 + 289,855.0725 + 280,053.2101 = 1,069,908.2826 → £1,069,908.28.
    expect(roundToPence(presentValue([500000, 300000, 300000], 0.035))).toBe(1069908.28);
  });

  it('discounts benefits £100k, £600k, £700k', () => {
    // 100,000 + 600,000 / 1.035 + 700,000 / 1.035²
    // = 100,000 + 579,710.1449 + 653,457.4903 = 1,333,167.6352 → £1,333,167.64.
    expect(roundToPence(presentValue([100000, 600000, 700000], 0.035))).toBe(1333167.64);
  });

  it('does not discount year 0, and an empty series is worth nothing', () => {
    expect(presentValue([250], 0.035)).toBe(250);
    expect(presentValue([], 0.035)).toBe(0);
  });
});

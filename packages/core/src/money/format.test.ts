import { describe, expect, it } from 'vitest';
import { formatGbp, formatGbpCompact, formatPercent } from './format.js';

describe('formatGbp', () => {
  it('shows whole pounds with thousands separators by default', () => {
    expect(formatGbp(13160)).toBe('£13,160');
    // 46,389.10 to whole pounds: .10 < .5 → £46,389.
    expect(formatGbp(46389.1)).toBe('£46,389');
    // 2,766.5 is a half: away from zero → £2,767.
    expect(formatGbp(2766.5)).toBe('£2,767');
    expect(formatGbp(0)).toBe('£0');
  });

  it('shows pence when asked, always two digits', () => {
    expect(formatGbp(46389.1, { pence: true })).toBe('£46,389.10');
    // 1.005 is a half penny in decimal: → £1.01.
    expect(formatGbp(1.005, { pence: true })).toBe('£1.01');
    expect(formatGbp(1069908.2846, { pence: true })).toBe('£1,069,908.28');
  });

  it('writes negatives with a hyphen-minus before the pound sign', () => {
    expect(formatGbp(-1200)).toBe('-£1,200');
    expect(formatGbp(-2.675, { pence: true })).toBe('-£2.68');
    // −0.4 rounds to 0: no '-£0'.
    expect(formatGbp(-0.4)).toBe('£0');
  });
});

describe('formatGbpCompact', () => {
  it('abbreviates with lower-case k and m, and bn for billions', () => {
    expect(formatGbpCompact(570000)).toBe('£570k');
    expect(formatGbpCompact(7600000)).toBe('£7.6m');
    expect(formatGbpCompact(106000000)).toBe('£106m');
    expect(formatGbpCompact(950)).toBe('£950');
    // 1,234,567,890 to two significant figures: 1.2 billion.
    expect(formatGbpCompact(1234567890)).toBe('£1.2bn');
    // 13,160 to two significant figures: 13 thousand.
    expect(formatGbpCompact(13160)).toBe('£13k');
  });

  it('rounds small sums to whole pounds and keeps the sign', () => {
    expect(formatGbpCompact(0.4)).toBe('£0');
    expect(formatGbpCompact(-1200)).toBe('-£1.2k');
  });
});

describe('formatPercent', () => {
  it('shows one decimal only when there is one', () => {
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(0.705)).toBe('70.5%');
    // 1.2460... → 124.6%.
    expect(formatPercent(1.24603)).toBe('124.6%');
    // 28/40 = 0.7 → 70%.
    expect(formatPercent(28 / 40)).toBe('70%');
  });

  it('rounds halves away from zero and accepts another number of decimals', () => {
    // 0.70049 → 70.049% → 70%; 0.7005 → 70.05 → 70.1% (half away from zero).
    expect(formatPercent(0.70049)).toBe('70%');
    expect(formatPercent(0.7005)).toBe('70.1%');
    expect(formatPercent(-0.25)).toBe('-25%');
    expect(formatPercent(0.123456, { maximumFractionDigits: 2 })).toBe('12.35%');
  });
});

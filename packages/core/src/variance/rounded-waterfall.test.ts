import { describe, expect, it } from 'vitest';
import { roundedWaterfall } from './rounded-waterfall.js';

describe('roundedWaterfall', () => {
  it('places each step where the last ended, in pence', () => {
    // 181,575 − 12,350 − 7,055 = 162,170: the Safer families bridge of variance-bridge.test.ts.
    const bars = roundedWaterfall(
      { key: 'start', label: 'Forecast', value: 181575 },
      [
        { key: 'missing', label: 'Missing returns', value: -12350 },
        { key: 'volume', label: 'Volume', value: -7055 },
        { key: 'unit-cost', label: 'Unit cost', value: 0 },
      ],
      { key: 'end', label: 'Realised', value: 162170 },
    );
    expect(bars.map((b) => [b.key, b.kind, b.value, b.from, b.to])).toEqual([
      ['start', 'total', 181575, 0, 181575],
      ['missing', 'step', -12350, 181575, 169225],
      ['volume', 'step', -7055, 169225, 162170],
      ['unit-cost', 'step', 0, 162170, 162170],
      ['end', 'total', 162170, 0, 162170],
    ]);
  });

  it('adds a rounding step when the rounded steps do not add up', () => {
    // Start £0.005 → 1p; two steps of £0.005 → 1p each, so the steps reach 3p; the end
    // £0.015 rounds (half away from zero) to 2p: a rounding step of −1p closes the gap.
    const bars = roundedWaterfall(
      { key: 'start', label: 'Start', value: 0.005 },
      [
        { key: 'a', label: 'A', value: 0.005 },
        { key: 'b', label: 'B', value: 0.005 },
      ],
      { key: 'end', label: 'End', value: 0.015 },
    );
    expect(bars.map((b) => [b.key, b.value, b.from, b.to])).toEqual([
      ['start', 0.01, 0, 0.01],
      ['a', 0.01, 0.01, 0.02],
      ['b', 0.01, 0.02, 0.03],
      ['rounding', -0.01, 0.03, 0.02],
      ['end', 0.02, 0, 0.02],
    ]);
  });

  it('has no rounding step when the full-precision noise rounds away', () => {
    // 0.1 + 0.2 = 0.30000000000000004 at full precision; shown, it is 30p either way.
    const bars = roundedWaterfall(
      { key: 'start', label: 'Start', value: 0.1 },
      [{ key: 'a', label: 'A', value: 0.2 }],
      { key: 'end', label: 'End', value: 0.1 + 0.2 },
    );
    expect(bars.map((b) => b.key)).toEqual(['start', 'a', 'end']);
    expect(bars[2]?.to).toBe(0.3);
  });
});

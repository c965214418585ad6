import { describe, expect, it } from 'vitest';
import { roundToPence } from '../money/round.js';
import { bearerParts, cashablePart } from './benefit-split.js';

// Realised benefit of methods.md example B at full precision:
// 28 × (2,470 × 178.383 / 159.281) × 0.9 = 69,708.70004583095 (see monetised-benefit.test.ts).
const REALISED = 28 * ((2470 * 178.383) / 159.281) * 0.9;

describe('cashablePart', () => {
  it('is benefit × cashable share', () => {
    // methods.md example A: £563,627.58 a year at a 50% cashable share → £281,813.79.
    expect(cashablePart(563627.58, 0.5)).toBe(281813.79);
    // 69,708.70004583 × 0.25 = 17,427.1750114... → £17,427.18.
    expect(roundToPence(cashablePart(REALISED, 0.25))).toBe(17427.18);
  });
});

describe('bearerParts', () => {
  it('splits example B across the CR2.0 bearers by their exact shares of £2,470', () => {
    // Shares: NHS 1,171/2,470 = 0.474089; CJS 581/2,470 = 0.235223; police 415/2,470 = 0.168016;
    // LA children's 193/2,470 = 0.078138; LA housing 110/2,470 = 0.044534 (sum 2,470/2,470 = 1).
    // NHS: 69,708.70004583 × 1,171/2,470 = 33,048.1327 → £33,048.13
    // CJS: × 581/2,470 = 16,397.0667 → £16,397.07
    // police: × 415/2,470 = 11,712.1905 → £11,712.19
    // LA children's: × 193/2,470 = 5,446.8741 → £5,446.87
    // LA housing: × 110/2,470 = 3,104.4360 → £3,104.44
    // methods.md's £33,048.07 / £16,397.03 / £11,712.17 / £5,446.86 / £3,104.43 are its own
    // realised figure £69,708.56 (not reproducible, see monetised-benefit.test.ts) × the same
    // shares; the differences are that £0.14 carried through.
    const parts = bearerParts(REALISED, [
      { partnerId: 'nhs', share: 1171 / 2470 },
      { partnerId: 'cjs', share: 581 / 2470 },
      { partnerId: 'police', share: 415 / 2470 },
      { partnerId: 'la-children', share: 193 / 2470 },
      { partnerId: 'la-housing', share: 110 / 2470 },
    ]);
    expect(parts.map((p) => [p.partnerId, roundToPence(p.benefit)])).toEqual([
      ['nhs', 33048.13],
      ['cjs', 16397.07],
      ['police', 11712.19],
      ['la-children', 5446.87],
      ['la-housing', 3104.44],
    ]);
    // The parts add back up to the whole: 69,708.70.
    expect(roundToPence(parts.reduce((s, p) => s + p.benefit, 0))).toBe(69708.7);
  });

  it('keeps the sign of a dis-benefit', () => {
    // −1,000 × 0.6 = −600; −1,000 × 0.4 = −400.
    expect(
      bearerParts(-1000, [
        { partnerId: 'council', share: 0.6 },
        { partnerId: 'police', share: 0.4 },
      ]).map((p) => p.benefit),
    ).toEqual([-600, -400]);
  });
});

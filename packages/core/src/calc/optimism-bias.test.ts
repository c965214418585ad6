import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIMISM_BIAS, optimismBiasFor } from './optimism-bias.js';

describe('optimismBiasFor', () => {
  it('reads the default ladder: 0, 5, 10, 15, 25 and 40%', () => {
    expect(DEFAULT_OPTIMISM_BIAS).toEqual({ 1: 0, 2: 0.05, 3: 0.1, 4: 0.15, 5: 0.25, 6: 0.4 });
    expect(optimismBiasFor(1)).toBe(0);
    expect(optimismBiasFor(3)).toBe(0.1);
    expect(optimismBiasFor(6)).toBe(0.4);
  });

  it("uses a programme's own ladder", () => {
    const ladder = { 1: 0, 2: 0.1, 3: 0.2, 4: 0.3, 5: 0.4, 6: 0.5 };
    expect(optimismBiasFor(3, ladder)).toBe(0.2);
  });

  it('refuses a correction outside [0, 1)', () => {
    const bad = { ...DEFAULT_OPTIMISM_BIAS, 6: 1 };
    expect(() => optimismBiasFor(6, bad)).toThrow('grade 6 must be a number in [0, 1), got 1');
  });
});

import { describe, expect, it } from 'vitest';
import { improvement } from './improvement.js';

describe('improvement', () => {
  it('is demand avoided for lower-is-better: cf − x', () => {
    // Domestic abuse: counterfactual 290 a quarter. Forecast 250 → −1 × (250 − 290) = 40;
    // actual 262 → −1 × (262 − 290) = 28.
    expect(improvement(250, 290, 'lower')).toBe(40);
    expect(improvement(262, 290, 'lower')).toBe(28);
  });

  it('is x − cf for higher-is-better', () => {
    // People into work: counterfactual 120, actual 135 → +1 × (135 − 120) = 15.
    expect(improvement(135, 120, 'higher')).toBe(15);
  });

  it('is negative, not zero, when things got worse', () => {
    // 300 incidents against a counterfactual of 290 → −1 × (300 − 290) = −10.
    expect(improvement(300, 290, 'lower')).toBe(-10);
  });
});

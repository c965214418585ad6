import { describe, expect, it } from 'vitest';
import { signalFor } from './signal-for.js';

describe('signalFor', () => {
  it('reads direction against polarity when lower is better (polarity −1)', () => {
    // Below / decreasing: −1 × −1 = +1 → improvement. Above / increasing: +1 × −1 = −1 → concern.
    expect(signalFor(-1, 'lower')).toBe('improvement');
    expect(signalFor(1, 'lower')).toBe('concern');
  });

  it('mirrors when higher is better (polarity +1)', () => {
    // +1 × +1 = +1 → improvement; −1 × +1 = −1 → concern.
    expect(signalFor(1, 'higher')).toBe('improvement');
    expect(signalFor(-1, 'higher')).toBe('concern');
  });
});

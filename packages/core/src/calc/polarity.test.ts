import { describe, expect, it } from 'vitest';
import { polarityOf } from './polarity.js';

describe('polarityOf', () => {
  it('is −1 when lower is better and +1 when higher is better', () => {
    expect(polarityOf('lower')).toBe(-1);
    expect(polarityOf('higher')).toBe(1);
  });
});

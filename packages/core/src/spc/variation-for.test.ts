import { describe, expect, it } from 'vitest';
import { variationFor } from './variation-for.js';

describe('variationFor', () => {
  it('maps the last point signal to the variation icon', () => {
    expect(variationFor('improvement')).toBe('special-cause-improvement');
    expect(variationFor('concern')).toBe('special-cause-concern');
    expect(variationFor(null)).toBe('common-cause');
  });
});

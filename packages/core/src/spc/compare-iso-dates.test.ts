import { describe, expect, it } from 'vitest';
import { compareIsoDates } from './compare-iso-dates.js';

describe('compareIsoDates', () => {
  it('orders dates by year, then month, then day', () => {
    expect(compareIsoDates('2013-04-01', '2013-05-01')).toBeLessThan(0);
    expect(compareIsoDates('2014-01-01', '2013-12-01')).toBeGreaterThan(0);
    expect(compareIsoDates('2013-04-01', '2013-04-01')).toBe(0);
  });

  it('sorts a list into date order', () => {
    const dates = ['2014-01-01', '2013-04-01', '2013-12-01'];
    expect([...dates].sort(compareIsoDates)).toEqual(['2013-04-01', '2013-12-01', '2014-01-01']);
  });
});

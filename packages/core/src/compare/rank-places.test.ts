import { describe, expect, it } from 'vitest';
import { rankPlaces } from './rank-places.js';

describe('rankPlaces', () => {
  it('ranks higher-is-better with shared ranks and a skip after a tie', () => {
    // 0.9 is best (1); the two 0.8s share 2; 0.5 has three better → 4.
    expect(rankPlaces([0.8, 0.9, 0.5, 0.8])).toEqual([2, 1, 4, 2]);
  });

  it('ranks lower-is-better', () => {
    expect(rankPlaces([3, 1, 2], 'lower')).toEqual([3, 1, 2]);
  });

  it('leaves a place with no figure unranked, and does not count it', () => {
    expect(rankPlaces([null, 2, 5])).toEqual([null, 2, 1]);
  });
});

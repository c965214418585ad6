import { describe, expect, it } from 'vitest';
import { figuresDue, returnedOnOrAfter } from './retirement.js';

describe('figuresDue', () => {
  it('owes every period of a metric in use', () => {
    expect(figuresDue('2026-04-01', null)).toBe(true);
    expect(figuresDue('2099-01-01', undefined)).toBe(true);
  });

  it('owes the periods before the retirement date and none from it', () => {
    // Quarterly metric retired from 2026-04-01 (the start of 2026-27 Q1):
    //   Q4 2025-26 starts 2026-01-01 < 2026-04-01 -> due;
    //   Q1 2026-27 starts 2026-04-01, on the date  -> not due;
    //   Q2 2026-27 starts 2026-07-01, after it      -> not due.
    expect(figuresDue('2026-01-01', '2026-04-01')).toBe(true);
    expect(figuresDue('2026-04-01', '2026-04-01')).toBe(false);
    expect(figuresDue('2026-07-01', '2026-04-01')).toBe(false);
  });
});

describe('returnedOnOrAfter', () => {
  it('names the returned periods a retirement date would leave unowed, oldest first', () => {
    // Returned: 2026-01-01, 2026-07-01, 2026-04-01 (out of order). Retiring from 2026-04-01 leaves
    // 2026-04-01 and 2026-07-01 on or after the date; 2026-01-01 is before it and stays owed.
    expect(returnedOnOrAfter(['2026-01-01', '2026-07-01', '2026-04-01'], '2026-04-01')).toEqual([
      '2026-04-01',
      '2026-07-01',
    ]);
    // Retiring from 2026-10-01, after the last returned figure (2026-07-01): nothing in the way.
    expect(returnedOnOrAfter(['2026-01-01', '2026-07-01', '2026-04-01'], '2026-10-01')).toEqual([]);
  });
});

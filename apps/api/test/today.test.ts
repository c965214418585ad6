// todayInLondon keeps its answer for a UTC minute (issue 19): London's date changes only at a
// whole UTC hour (23:00 UTC in summer time, 00:00 UTC in winter), so the kept answer is never a
// minute late.
import { describe, expect, it } from 'vitest';
import { todayInLondon } from '../src/lib/today.js';

const at = (iso: string) => todayInLondon(new Date(iso));

describe('todayInLondon', () => {
  it('turns the date at 23:00 UTC in British Summer Time', () => {
    expect(at('2026-06-30T22:59:59.999Z')).toBe('2026-06-30');
    expect(at('2026-06-30T23:00:00.000Z')).toBe('2026-07-01');
    expect(at('2026-06-30T23:00:59.000Z')).toBe('2026-07-01');
  });

  it('turns the date at midnight UTC in winter', () => {
    expect(at('2026-12-31T23:59:30.000Z')).toBe('2026-12-31');
    expect(at('2027-01-01T00:00:00.000Z')).toBe('2027-01-01');
  });

  it('answers again for an earlier minute (clocks may be set back)', () => {
    expect(at('2026-07-01T12:00:00.000Z')).toBe('2026-07-01');
    expect(at('2026-06-30T12:00:00.000Z')).toBe('2026-06-30');
  });
});

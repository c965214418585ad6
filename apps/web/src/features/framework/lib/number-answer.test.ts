// The metric and unit-cost forms check only that a number is written as one; its range is the API's.
import { describe, expect, it } from 'vitest';
import { numberAnswer, numberError } from './number-answer';

describe('numberAnswer', () => {
  it('reads a number as typed, leaving its range to the API', () => {
    expect(numberAnswer(' 0.75 ')).toBe(0.75);
    expect(numberAnswer('1.5')).toBe(1.5);
    expect(numberAnswer('.5')).toBe(0.5);
    expect(numberAnswer('-5')).toBe(-5);
  });

  it('is null for a blank answer or one that is not a number', () => {
    for (const text of ['', '  ', 'abc', '1e3', '0.5.5', 'Infinity', '£5']) {
      expect(numberAnswer(text)).toBeNull();
    }
  });

  it('lets money have a pound sign and commas, and keeps every decimal for the API to judge', () => {
    expect(numberAnswer('£1,250.50', true)).toBe(1250.5);
    expect(numberAnswer('12.345', true)).toBe(12.345);
    expect(numberAnswer('£', true)).toBeNull();
  });

  it('names the field, and says whether the answer was blank or not a number', () => {
    const field = { id: 'f', label: 'Attribution' };
    expect(numberError(field, ' ', '0.75')).toEqual({
      fieldId: 'f',
      message: 'Attribution: enter a number, such as 0.75',
    });
    expect(numberError(field, 'most', '0.75').message).toContain('"most" is not a number');
  });
});

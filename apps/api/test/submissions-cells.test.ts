// Single upload cells: the Excel quirks people meet, each checked by hand.
import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  parseDateCell,
  parseValueCell,
} from '../src/services/submissions/parse-cells.js';
import { detectFileType } from '../src/services/submissions/detect-file-type.js';
import { previousPeriodStart } from '../src/services/submissions/plausibility.js';
import { columnLetter } from '../src/services/submissions/validate-submission.js';

const date = (cell: Parameters<typeof parseDateCell>[0]) => {
  const parsed = parseDateCell(cell);
  return parsed.ok ? parsed.value : parsed.message;
};
const value = (cell: Parameters<typeof parseValueCell>[0]) => {
  const parsed = parseValueCell(cell);
  return parsed.ok ? parsed.value : parsed.message;
};

describe('excelSerialToIso (1900 date system)', () => {
  it('counts from 1 January 1900 = 1, skipping the 29 February 1900 Excel invents', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // Excel's 29 February 1900
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    // 41275 is 1 January 2013; + 31 + 28 + 31 days = 1 April 2013.
    expect(excelSerialToIso(41275)).toBe('2013-01-01');
    expect(excelSerialToIso(41365)).toBe('2013-04-01');
    expect(excelSerialToIso(0)).toBeNull();
  });
});

describe('parseDateCell', () => {
  it('reads ISO and UK day-first text, and Excel date cells by their UTC date', () => {
    expect(date('2013-04-01')).toBe('2013-04-01');
    expect(date('01/04/2013')).toBe('2013-04-01'); // 1 April, not 4 January
    expect(date('1/4/2013')).toBe('2013-04-01');
    expect(date('01-04-2013')).toBe('2013-04-01');
    expect(date('1 April 2013')).toBe('2013-04-01');
    expect(date('01-Apr-2013')).toBe('2013-04-01');
    expect(date('01/04/2013 00:00')).toBe('2013-04-01');
    expect(date(' 2013-04-01 ')).toBe('2013-04-01');
    expect(date(new Date(Date.UTC(2013, 3, 1)))).toBe('2013-04-01');
    // Floating-point drift in a stored serial still lands on the day Excel shows.
    expect(date(new Date(Date.UTC(2013, 3, 1) - 5))).toBe('2013-04-01');
    expect(date(41365)).toBe('2013-04-01');
  });

  it('explains what is wrong', () => {
    expect(date('31/02/2013')).toMatch(/"31\/02\/2013" is not a real date/);
    expect(date('01/04/13')).toMatch(/two-digit year/);
    expect(date('Q1 2013-14')).toMatch(/is not a date; expected the first day of the period/);
    expect(date(null)).toMatch(/^is empty/);
    expect(date(41365.5)).toMatch(/is not a date/);
  });
});

describe('parseValueCell', () => {
  it('reads numbers, numbers stored as text and thousands separators', () => {
    expect(value(290)).toBe(290);
    expect(value('290')).toBe(290);
    expect(value(' 12.5\u00a0')).toBe(12.5);
    expect(value('1,234')).toBe(1234);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('0')).toBe(0);
    expect(value('-0')).toBe(0);
  });

  it('refuses negatives, words, units and blanks', () => {
    expect(value(-4)).toMatch(/-4 is negative/);
    expect(value('-4')).toMatch(/-4 is negative/);
    expect(value('12%')).toMatch(/"12%" is not a number.*no units or % sign/);
    expect(value('1,23')).toMatch(/is not a number/);
    expect(value('1e3')).toMatch(/is not a number/);
    expect(value('')).toMatch(/^is empty/);
    expect(value(true)).toMatch(/is not a number/);
  });
});

describe('detectFileType', () => {
  it('judges by the bytes', () => {
    expect(detectFileType(new Uint8Array())).toEqual({ type: 'empty' });
    expect(detectFileType(Buffer.from('\ufeff \r\n'))).toEqual({ type: 'empty' });
    expect(detectFileType(Buffer.from('\ufeffa,b\r\n'))).toEqual({ type: 'csv', text: 'a,b\r\n' });
    expect(detectFileType(Buffer.from('a,b\0'))).toMatchObject({ type: 'unknown' });
    expect(detectFileType(Buffer.from('PK\x03\x04...xl/workbook.xml...'))).toEqual({
      type: 'xlsx',
    });
  });
});

describe('small helpers', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'D',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('finds the previous period', () => {
    expect(previousPeriodStart('2013-04-01', 'quarter')).toBe('2013-01-01');
    expect(previousPeriodStart('2013-01-01', 'month')).toBe('2012-12-01');
    expect(previousPeriodStart('2013-04-01', 'year')).toBe('2012-04-01');
  });
});

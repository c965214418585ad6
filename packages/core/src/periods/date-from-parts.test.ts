import { describe, expect, it } from 'vitest';
import { dateFromParts, partsOfDate } from './date-from-parts.js';

const LABEL = 'Date the figures are shown at';
const parse = (day: string, month: string, year: string, optional = false) =>
  dateFromParts({ day, month, year }, LABEL, { optional });

describe('dateFromParts (GOV.UK date input)', () => {
  it('reads a real date, padding day and month', () => {
    expect(parse('1', '4', '2015')).toEqual({ ok: true, date: '2015-04-01' });
    expect(parse(' 29 ', '02', '2016')).toEqual({ ok: true, date: '2016-02-29' });
    expect(parse('31', 'Dec', '2014')).toEqual({ ok: true, date: '2014-12-31' });
    expect(parse('5', 'september', '2014')).toEqual({ ok: true, date: '2014-09-05' });
  });

  it('all blank: no date when optional, "Enter …" when required', () => {
    expect(parse('', '', '', true)).toEqual({ ok: true, date: null });
    expect(parse(' ', '', '')).toEqual({
      ok: false,
      message: 'Enter date the figures are shown at',
      parts: ['day', 'month', 'year'],
    });
  });

  it('names the missing parts', () => {
    expect(parse('1', '', '2015')).toEqual({
      ok: false,
      message: `${LABEL} must include a month`,
      parts: ['month'],
    });
    expect(parse('', '', '2015')).toEqual({
      ok: false,
      message: `${LABEL} must include a day and a month`,
      parts: ['day', 'month'],
    });
  });

  it('never reads a five-digit year (62015) or a two-digit one', () => {
    expect(parse('1', '4', '62015')).toEqual({
      ok: false,
      message: 'Year must include 4 numbers',
      parts: ['year'],
    });
    expect(parse('1', '4', '15')).toMatchObject({ ok: false, parts: ['year'] });
  });

  it('refuses dates that are not real, naming the box at fault', () => {
    expect(parse('29', '2', '2015')).toEqual({
      ok: false,
      message: `${LABEL} must be a real date`,
      parts: ['day'],
    });
    expect(parse('31', '4', '2015')).toMatchObject({ ok: false, parts: ['day'] });
    expect(parse('1', '13', '2015')).toMatchObject({ ok: false, parts: ['month'] });
    expect(parse('0', '1', '2015')).toMatchObject({ ok: false, parts: ['day'] });
    expect(parse('x', 'y', '2015')).toMatchObject({ ok: false, parts: ['day', 'month'] });
    expect(parse('1.5', '1', '2015')).toMatchObject({ ok: false, parts: ['day'] });
  });
});

describe('partsOfDate', () => {
  it('splits an ISO date into the boxes, and anything else into blanks', () => {
    expect(partsOfDate('2015-04-01')).toEqual({ day: '1', month: '4', year: '2015' });
    expect(partsOfDate(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(partsOfDate('62015-04-01')).toEqual({ day: '', month: '', year: '' });
  });
});

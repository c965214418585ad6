import { describe, expect, it } from 'vitest';
import {
  financialYearEnd,
  financialYearIndex,
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  parseFinancialYear,
  requireFinancialYear,
} from './financial-year.js';

describe('parseFinancialYear', () => {
  it('reads the start year of a YYYY-YY label', () => {
    expect(parseFinancialYear('2013-14')).toBe(2013);
    // The second part is (1999 + 1) mod 100 = 0 → '00'.
    expect(parseFinancialYear('1999-00')).toBe(1999);
  });

  it('rejects labels whose years do not follow on, or that are written another way', () => {
    expect(parseFinancialYear('2013-15')).toBeNull();
    expect(parseFinancialYear('2013-13')).toBeNull();
    expect(parseFinancialYear('2013/14')).toBeNull();
    expect(parseFinancialYear('2013-2014')).toBeNull();
    expect(parseFinancialYear('13-14')).toBeNull();
    expect(parseFinancialYear(' 2013-14')).toBeNull();
    expect(parseFinancialYear('')).toBeNull();
  });
});

describe('financialYearLabel', () => {
  it('writes the label from the start year', () => {
    expect(financialYearLabel(2013)).toBe('2013-14');
    expect(financialYearLabel(1999)).toBe('1999-00');
    expect(financialYearLabel(2009)).toBe('2009-10');
  });

  it('refuses a non-integer year', () => {
    expect(() => financialYearLabel(2013.5)).toThrow('Invalid financial year start');
  });
});

describe('financialYearOf', () => {
  it('puts 31 March in the year that started the previous April', () => {
    expect(financialYearOf('2014-03-31')).toBe('2013-14');
    expect(financialYearOf('2014-04-01')).toBe('2014-15');
    expect(financialYearOf('2014-01-01')).toBe('2013-14');
    expect(financialYearOf('2013-12-31')).toBe('2013-14');
  });

  it('refuses a date that is not real', () => {
    expect(() => financialYearOf('2014-02-30')).toThrow("'2014-02-30'");
  });
});

describe('financialYearStart and financialYearEnd', () => {
  it('run from 1 April to 31 March inclusive', () => {
    expect(financialYearStart('2013-14')).toBe('2013-04-01');
    expect(financialYearEnd('2013-14')).toBe('2014-03-31');
    expect(financialYearEnd('1999-00')).toBe('2000-03-31');
  });

  it('name the bad label', () => {
    expect(() => financialYearStart('2013/14')).toThrow("Invalid financial year '2013/14'");
    expect(() => financialYearEnd('2013-15')).toThrow("Invalid financial year '2013-15'");
  });
});

describe('financialYearIndex', () => {
  it('counts whole years from the first year, negative before it', () => {
    // 2013 − 2013 = 0; 2015 − 2013 = 2; 2011 − 2013 = −2.
    expect(financialYearIndex('2013-14', '2013-14')).toBe(0);
    expect(financialYearIndex('2015-16', '2013-14')).toBe(2);
    expect(financialYearIndex('2011-12', '2013-14')).toBe(-2);
  });
});

describe('requireFinancialYear', () => {
  it('parses a valid label and throws, naming it, on a bad one', () => {
    expect(requireFinancialYear('2013-14')).toBe(2013);
    expect(() => requireFinancialYear('2013-15')).toThrow(
      "Invalid financial year '2013-15': expected YYYY-YY, e.g. 2013-14",
    );
  });
});
